// Parley's one script: the quote pages' "copy attribution" buttons. Served from this server (the Content-Security-
// Policy allows no other script); it reads only the button's own data-copy text and writes it to the clipboard.
"use strict";
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.copy[data-copy]");
  if (!button) return;
  var text = button.getAttribute("data-copy");
  function done(ok) {
    button.classList.toggle("copied", ok);
    button.textContent = ok ? "copied" : "select and copy the line beside";
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
  } else {
    done(fallback(text));
  }
});

// Where the clipboard API is missing or refused: a hidden text field, selected and copied the old way.
function fallback(text) {
  var field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "offscreen";
  document.body.appendChild(field);
  field.select();
  var ok = false;
  try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
  document.body.removeChild(field);
  return ok;
}
