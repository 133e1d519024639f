// Material for MkDocs 9.8's partials/javascripts/content.html as a file, so that the pages' Content-Security-Policy
// allows no inline script (site_builder/csp.py). (the «content.tabs.link» script)
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
