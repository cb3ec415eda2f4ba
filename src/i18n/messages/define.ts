// Typing for a feature's message table: English is the reference; Russian and Kyrgyz must have exactly
// its keys (a missing or extra key is a type error). `{name}` marks a parameter.
export interface MessageTable<K extends string> {
  en: Record<K, string>;
  ru: Record<K, string>;
  ky: Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(table: {
  en: E;
  ru: {[K in keyof E]: string};
  ky: {[K in keyof E]: string};
}): MessageTable<keyof E & string> {
  return table;
}
