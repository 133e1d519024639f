// Material for MkDocs 9.8's partials/javascripts/announce.html as a file, so that the pages' Content-Security-Policy
// allows no inline script (site_builder/csp.py).
var el=document.querySelector("[data-md-component=announce]");if(el){var content=el.querySelector(".md-typeset");__md_hash(content.innerHTML)===__md_get("__announce")&&(el.hidden=!0)}
