/* Worksheet pages (quiz/worksheets/<bank>/): the print button and the two switches.
 * Printing never shows the answers next to the questions; the answer key prints on
 * pages of its own unless "打印时附答案页" is off (quiz.css, @media print).
 */
// Mount one worksheet (.quiz-worksheet); main.js calls this.
export function mount(sheet) {
  var print = sheet.querySelector(".ws-print");
  var show = sheet.querySelector(".ws-show-answers");
  var key = sheet.querySelector(".ws-include-key");
  if (print) print.addEventListener("click", function () { window.print(); });
  if (show) show.addEventListener("change", function () { sheet.classList.toggle("ws-answers-shown", show.checked); });
  if (key) key.addEventListener("change", function () { sheet.classList.toggle("ws-no-key", !key.checked); });
}
