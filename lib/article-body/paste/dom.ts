import { ElementType, type parseDocument } from 'htmlparser2';

// htmlparser2's node types, named once for the paste cleaner.
export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
export type DomText = Extract<DomNode, { type: typeof ElementType.Text }>;

export const isElement = (node: DomNode): node is DomElement => 'attribs' in node;
export const isText = (node: DomNode): node is DomText => node.type === ElementType.Text;
