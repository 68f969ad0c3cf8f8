/**
 * A label inside a sentence: its first letter lower-cased, unless the first word is an acronym or a
 * name (NAT, EKS, GPU, LLM, MLflow…), which keeps its capitals: "NAT gateways", never "nAT gateways".
 */
export function inSentence(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
