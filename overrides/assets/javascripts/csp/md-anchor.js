// Material's inline "open the tab an anchor points into" script, moved to a file (CSP).
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
