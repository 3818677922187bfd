// DOM helpers every page module shares. Learner text and checker output are
// only ever set with textContent, never parsed as HTML.

// Icon + word: a status never relies on colour alone.
export const STATUS = {
  pass: { icon: "✓", word: "通过" },
  warn: { icon: "!", word: "注意" },
  fail: { icon: "✗", word: "未通过" },
  unknown: { icon: "?", word: "待确认" },
};

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function empty(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function statusOf(value) {
  return STATUS[value] ? value : "unknown";
}

// A status as icon + word (the icon is hidden from screen readers).
export function statusBadge(value) {
  const st = statusOf(value);
  const badge = el("span", "gt-status gt-status--" + st);
  const icon = el("span", "gt-status__icon", STATUS[st].icon);
  icon.setAttribute("aria-hidden", "true");
  badge.appendChild(icon);
  badge.appendChild(el("span", "gt-status__word", STATUS[st].word));
  return badge;
}

// Text only screen readers read (the .gt-sr class hides it on screen).
export function srText(text) {
  return el("span", "gt-sr", text);
}
