// Material for MkDocs 9.8's partials/javascripts/outdated.html as a file, so that the pages' Content-Security-Policy
// allows no inline script (site_builder/csp.py). The base comes from the tag: data-base.
var el=document.querySelector("[data-md-component=outdated]"),base=new URL(document.currentScript.dataset.base,location),outdated=__md_get("__outdated",sessionStorage,base);!0===outdated&&el&&(el.hidden=!1)
