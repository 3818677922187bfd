// The kinds of check and their criteria, as the checker defines them
// (checker/rules/kinds.yml, written into the site by hooks/kinds_data.py as
// assets/trainer/kinds.<hash>.json). Pages read criterion names from here
// instead of keeping copies of their own.
import { runtimeConfig } from "./site.js";

let loading = null;

// Promise<{goal: {title, command, payload, criteria: [{key, name: {zh, en}, label}]}, plan: …, star: …}>
export function loadKinds() {
  if (!loading) {
    const config = runtimeConfig();
    loading = config
      ? fetch(config.kinds).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}: ${config.kinds}`);
          return response.json();
        }).then((data) => data.kinds)
      : Promise.reject(new Error("the page has no goal-trainer meta"));
    loading.catch(() => { loading = null; });   // a later call tries again
  }
  return loading;
}

// {key: label} for every criterion of `kind` ("具体 Specific", "检查（Check）":
// hooks/kinds_data.py makes the labels); empty when the kind is unknown.
export function criterionLabels(kinds, kind) {
  const labels = {};
  for (const c of (kinds && kinds[kind] && kinds[kind].criteria) || []) labels[c.key] = c.label;
  return labels;
}
