// A stylelint rule for .astro files: every <style> block keeps its rules inside `@layer <name> { … }`, with a name from
// the order declared in src/styles/layers.css. Styles outside a layer beat every layered style (print included), and a
// misspelt layer name would make a new layer after print, so both are errors.
import stylelint from 'stylelint';

const {
  createPlugin,
  utils: { report, ruleMessages, validateOptions },
} = stylelint;

const ruleName = 'house/styles-in-layers';
const messages = ruleMessages(ruleName, {
  unlayered: (what) => `${what} sits outside a cascade layer: wrap the <style> block's rules in @layer components { … }`,
  unknownLayer: (name, layers) => `@layer ${name} is not one of this file's layers (${layers.join(', ')}), declared in src/styles/layers.css`,
});

/** @type {import('stylelint').Rule<true, { layers: string[] }>} */
const rule = (primary, secondary) => (root, result) => {
  const valid = validateOptions(
    result,
    ruleName,
    { actual: primary, possible: [true] },
    { actual: secondary, possible: { layers: [(name) => typeof name === 'string'] } },
  );
  if (!valid) return;
  // postcss-html gives each style="…" attribute a root of its own; those are declarations of one element, not rules.
  if (root.source?.inline) return;
  const layers = secondary.layers;
  for (const node of root.nodes) {
    if (node.type === 'comment') continue;
    if (node.type !== 'atrule' || node.name !== 'layer' || !node.nodes) {
      const what = node.type === 'rule' ? `"${node.selector}"` : node.type === 'atrule' ? `@${node.name} ${node.params}` : `"${node.toString()}"`;
      report({ result, ruleName, node, message: messages.unlayered(what) });
    } else if (!layers.includes(node.params.trim())) {
      report({ result, ruleName, node, message: messages.unknownLayer(node.params.trim(), layers) });
    }
  }
};
rule.ruleName = ruleName;
rule.messages = messages;

export default createPlugin(ruleName, rule);
