// STAR practice (docs/tools/star.md; widget HTML: hooks/widget_html.py): the
// learner pastes an answer; the checker (run("star", …)) labels each sentence
// S/T/A/R with a reason and reports gaps and follow-up questions. The page shows
//   - each sentence with a letter + name badge (colour only reinforces it) and its reason;
//   - the report (cards, findings; render.js);
//   - the interviewer's follow-up questions.
// Learner text is only ever set with textContent.
import * as client from "./client.js";
import { el, empty } from "./dom.js";
import { criterionLabels, loadKinds } from "./kinds.js";
import { LiveCheck } from "./live-check.js";
import { renderError, renderReport, renderStatus } from "./render.js";

const DEBOUNCE_MS = 400;
const VERDICT = { pass: "四部分齐全，讲清楚了你是怎么做到的", revise: "这个回答还可以讲得更完整" };

export function mount(root) {
  const input = root.querySelector('[data-field="answer"]');
  const statusBox = root.querySelector('[data-role="status"]');
  const sentencesBox = root.querySelector('[data-role="sentences"]');
  const sentenceList = sentencesBox.querySelector("ol");
  const resultBox = root.querySelector('[data-role="result"]');
  const questionsBox = root.querySelector('[data-role="questions"]');
  const questionList = questionsBox.querySelector("ol");

  function zhName(kinds, part) {
    const c = ((kinds && kinds.star && kinds.star.criteria) || []).find((x) => x.key === part);
    return c ? c.name.zh : "";
  }

  function tag(kinds, part) {
    const t = el("span", "gt-star__tag", (part + " " + zhName(kinds, part)).trim());
    t.setAttribute("data-part", part);
    return t;
  }

  function showSentences(report, kinds) {
    empty(sentenceList);
    const sentences = (report.facts && report.facts.sentences) || [];
    sentencesBox.hidden = !sentences.length;
    for (const s of sentences) {
      const item = el("li", "gt-star__sentence");
      item.setAttribute("data-part", s.label);
      item.title = s.reason || "";
      item.appendChild(tag(kinds, s.label));
      item.appendChild(el("span", "gt-star__text", s.text));
      let reason = s.reason || "";
      if (s.also && s.also.length) reason += "；也讲到了" + s.also.map((k) => zhName(kinds, k) || k).join("、");
      item.appendChild(el("span", "gt-star__reason", reason));
      sentenceList.appendChild(item);
    }
  }

  function showQuestions(report) {
    empty(questionList);
    const qs = (report.facts && report.facts.questions) || [];
    questionsBox.hidden = !qs.length;
    for (const q of qs) {
      const item = el("li", "gt-star__q");
      item.setAttribute("data-part", q.part);
      item.appendChild(el("span", "gt-star__qpart", "（" + q.part + "）"));
      item.appendChild(document.createTextNode(q.question));
      questionList.appendChild(item);
    }
  }

  function clear() {
    empty(sentenceList);
    empty(questionList);
    sentencesBox.hidden = questionsBox.hidden = true;
  }

  function done(text) {
    resultBox.setAttribute("data-checked-text", text);
    root.removeAttribute("aria-busy");
  }

  const live = new LiveCheck({
    kind: "star",
    delay: DEBOUNCE_MS,
    payload: () => ({ text: input.value }),
    onStart: () => root.setAttribute("aria-busy", "true"),
    onEmpty: (p) => {
      clear();
      empty(resultBox).appendChild(el("p", "gt-hint", "在上面写下或粘贴一段回答，这里会逐句标出 S、T、A、R。"));
      done(p.text);
    },
    onReport: (report, sent) => loadKinds().catch(() => null).then((kinds) => {
      if (report && report.error) { clear(); renderError(report.error, empty(resultBox)); }
      else {
        showSentences(report, kinds);
        // Sentences and questions have their own views above and below.
        renderReport(report, resultBox, {
          names: criterionLabels(kinds, "star"), verdict: VERDICT, text: report.text,
          facts: { "数字": (report.facts && report.facts.measures) || [] }, factsTitle: "结果里的衡量标准",
        });
        showQuestions(report);
      }
      done(sent.text);
    }),
    onError: (err, sent) => { clear(); renderError(err || {}, empty(resultBox)); done(sent.text); },
  }).watch(input);

  for (const button of root.querySelectorAll("[data-example]")) {
    button.addEventListener("click", () => {
      input.value = button.getAttribute("data-example");   // the answer itself (hooks/course_examples.py checks it)
      live.request(0);
    });
  }
  client.warm("star");
  const unsubscribe = client.onStatus((s) => renderStatus(statusBox, s, () => live.retry()));
  if (input.value.trim()) live.request(0);
  return () => { live.stop(); unsubscribe(); };
}
