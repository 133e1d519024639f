// Material for MkDocs 9.8's partials/javascripts/content.html as a file, so that the pages' Content-Security-Policy
// allows no inline script (site_builder/csp.py).
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
