// A small element tree for one WXR record (an item, an author, a term). Only one record is held
// at a time, so memory stays bounded however large the export is.

export type XmlNode = { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] };

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((entry) => entry.name === name);
}

/** The trimmed text of a direct child, '' when absent. */
export function textOf(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}

/** The untrimmed text of a direct child: bodies keep their exact whitespace for wpautop. */
export function rawTextOf(node: XmlNode, name: string): string {
  return child(node, name)?.text ?? '';
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((entry) => entry.name === name);
}
