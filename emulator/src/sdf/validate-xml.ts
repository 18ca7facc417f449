import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element as the SDF rules see it: tag, attributes, child elements and its own trimmed text. */
export interface XmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated direct text (CDATA included), trimmed. Empty for container elements. */
  readonly text: string;
  /** Where the element sits, e.g. `restlet/scriptdeployments/scriptdeployment[customdeploy_x]/status`. */
  readonly path: string;
}

export type XmlParseResult =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly error: string };

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

/** Parses a document into one root element, or says why it is not well-formed XML with exactly one root. */
export function parseXml(text: string): XmlParseResult {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    return { ok: false, error: `${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})` };
  }
  const nodes = parser.parse(text) as OrderedNode[];
  const roots = nodes.flatMap((node) => toElements(node, ''));
  const [root] = roots;
  if (roots.length !== 1 || root === undefined) {
    return { ok: false, error: `expected exactly one root element, found ${roots.length}` };
  }
  return { ok: true, root };
}

function toElements(node: OrderedNode, parentPath: string): XmlElement[] {
  const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#comment');
  if (tag === undefined) return [];
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const label = attrs['scriptid'] !== undefined ? `${tag}[${attrs['scriptid']}]` : tag;
  const path = parentPath === '' ? label : `${parentPath}/${label}`;
  const content = (node[tag] ?? []) as OrderedNode[];
  const children = content.flatMap((child) => toElements(child, path));
  const text = content
    .filter((child) => '#text' in child)
    .map((child) => String(child['#text']))
    .join('')
    .trim();
  return [{ tag, attrs, children, text, path }];
}

/** Every element below (and including) `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The first direct child with this tag. */
export function child(element: XmlElement, tag: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.tag === tag);
}

/** The direct children with this tag. */
export function childrenNamed(element: XmlElement, tag: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.tag === tag);
}

/** Text of the first direct child with this tag, or undefined when the child is absent. */
export function childText(element: XmlElement, tag: string): string | undefined {
  return child(element, tag)?.text;
}
