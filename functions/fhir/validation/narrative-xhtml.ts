import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';

/**
 * FHIR R4 narrative XHTML rules (http://hl7.org/fhir/R4/narrative.html#xhtml, invariants txt-1 and txt-2):
 *
 * - `Narrative.div` is well-formed XML whose root is a `div` in the XHTML namespace, declared with an
 *   `xmlns` attribute on that root; every element is in the XHTML namespace;
 * - the only named entities are XML's own (`&lt; &gt; &amp; &quot; &apos;`); numeric character
 *   references are fine, HTML entities such as `&reg;` or `&nbsp;` are not; no DOCTYPE (it could
 *   declare entities), no processing instruction or XML declaration;
 * - txt-1: only the basic HTML 4.0 formatting elements and attributes (chapters 7-11 except 9.4, and
 *   15), `<a>` (name or href), images and inline `style`: no script, form, object, frame, link/base,
 *   head/body or deprecated elements, no event handlers (`on*`). The element and attribute lists are
 *   those of the HL7 reference validator; a `javascript:`/`vbscript:` URL is refused as active content;
 * - txt-2: some non-whitespace text (Unicode whitespace: a div of only `&#160;` is empty), or an `<img>`.
 *
 * The XML is parsed by saxes (a streaming, non-recursive, pure-JS parser that reports undefined
 * entities, bad character references and illegal characters, which fast-xml-parser's validator
 * lets through). A reason names an element, attribute or entity only if it is one from the HTML
 * vocabulary below: anything else in the markup may be mistyped text, and narratives are PHI.
 */

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** txt-1's elements (HL7 reference validator's list). */
const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'span', 'b', 'em', 'i', 'strong',
  'small', 'big', 'tt', 'dfn', 'q', 'var', 'abbr', 'acronym', 'cite', 'blockquote', 'hr', 'address', 'bdo', 'kbd', 'sub', 'sup',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'table', 'caption', 'colgroup', 'col', 'thead', 'tr', 'tfoot', 'tbody', 'th', 'td',
  'code', 'samp', 'img', 'map', 'area',
]);

/** Attributes allowed on any of those elements (core, i18n, keyboard, and the tables' ones). */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'title', 'style', 'class', 'id', 'lang', 'xml:lang', 'dir', 'accesskey', 'tabindex',
  'span', 'width', 'align', 'valign', 'char', 'charoff', 'abbr', 'axis', 'headers', 'scope', 'rowspan', 'colspan',
  // The reference validator only hints about xml:space (permissive: not an error here).
  'xml:space',
]);

/** Attributes allowed on one element only, as `element.attribute`. */
const ELEMENT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'a.href', 'a.name', 'a.charset', 'a.type', 'a.hreflang', 'a.rel', 'a.rev', 'a.shape', 'a.coords',
  'img.src', 'img.alt', 'img.border', 'img.longdesc', 'img.height', 'img.width', 'img.usemap', 'img.ismap',
  'map.name', 'area.shape', 'area.coords', 'area.href', 'area.nohref', 'area.alt',
  'blockquote.cite', 'q.cite',
  'table.summary', 'table.width', 'table.border', 'table.frame', 'table.rules', 'table.cellspacing', 'table.cellpadding',
  'pre.space', 'td.nowrap',
]);

/** Attributes holding a URL, checked for script schemes. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'longdesc', 'cite', 'usemap']);

/** Other HTML element names a reason may quote (they are vocabulary, not content). */
const KNOWN_ELEMENTS: ReadonlySet<string> = new Set([
  ...ALLOWED_ELEMENTS,
  'html', 'head', 'body', 'title', 'meta', 'style', 'script', 'noscript', 'template', 'slot',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'label', 'fieldset', 'legend', 'isindex', 'datalist', 'output',
  'object', 'embed', 'applet', 'param', 'base', 'link', 'iframe', 'frame', 'frameset', 'noframes',
  'font', 'basefont', 'center', 'u', 's', 'strike', 'dir', 'menu', 'ins', 'del', 'blink', 'marquee', 'nobr', 'wbr',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'portal',
  'nav', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'mark', 'time', 'details', 'summary', 'dialog',
]);

/** Other HTML attribute names a reason may quote. */
const KNOWN_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...GLOBAL_ATTRIBUTES,
  'href', 'name', 'charset', 'type', 'hreflang', 'rel', 'rev', 'shape', 'coords', 'src', 'alt', 'border', 'longdesc', 'height',
  'usemap', 'ismap', 'nohref', 'cite', 'summary', 'frame', 'rules', 'cellspacing', 'cellpadding', 'space', 'nowrap',
  'target', 'action', 'method', 'formaction', 'srcdoc', 'srcset', 'data', 'codebase', 'classid', 'archive', 'background',
  'bgcolor', 'color', 'face', 'size', 'hidden', 'contenteditable', 'draggable', 'download', 'ping', 'xml:base', 'xlink:href',
]);

/** HTML 4 / XHTML 1.0 entity names a reason may quote: all but XML's own are refused. */
const KNOWN_ENTITIES: ReadonlySet<string> = new Set(
  ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para ' +
    'middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute ' +
    'Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
    'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ' +
    'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma Delta Epsilon ' +
    'Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon ' +
    'zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull ' +
    'hellip prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall ' +
    'part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne ' +
    'equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams ' +
    'OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo ' +
    'dagger Dagger permil lsaquo rsaquo euro').split(' '),
);

/** `javascript:` or `vbscript:`, ignoring case and the spaces/controls browsers skip. */
// eslint-disable-next-line no-control-regex -- the C0 controls are matched on purpose: browsers skip them inside a URL scheme
const SCRIPT_URL = /^[\s\u0000-\u001f]*(?:j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a|v[\s\u0000-\u001f]*b)[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t[\s\u0000-\u001f]*:/i;

const NON_WHITESPACE = /\S/;

/** Thrown from the parser's handlers to stop at the first problem; never escapes this module. */
class Stop {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** `<name>` for an HTML element name, else words of ours (an unknown name may be mistyped text). */
function elementLabel(name: string): string {
  return KNOWN_ELEMENTS.has(name.toLowerCase()) ? `<${name}>` : 'a non-HTML element';
}

function attributeLabel(name: string): string {
  return KNOWN_ATTRIBUTES.has(name.toLowerCase()) ? `'${name}'` : 'a non-HTML attribute';
}

function capitalised(label: string): string {
  return label.startsWith('a ') ? `A${label.slice(1)}` : label.startsWith('<') ? `Element ${label}` : `Attribute ${label}`;
}

/** Our words for a saxes well-formedness message, without the parts that echo the input. */
function wellFormednessReason(message: string, line: number, column: number): string {
  const detail = message.replace(/^\d+:\d+: /, '');
  let what: string;
  if (detail.startsWith('unclosed tag')) what = 'an element is not closed';
  else if (detail.startsWith('unexpected close tag') || detail.startsWith('unmatched closing tag')) what = 'a closing tag does not match the open element';
  else if (detail.startsWith('duplicate attribute')) what = 'an attribute is repeated';
  else if (detail.startsWith('malformed name') || detail.startsWith('disallowed character in')) what = 'a malformed name';
  else if (detail.startsWith('disallowed character')) what = 'a character that XML does not allow';
  else if (detail.startsWith('unquoted attribute value') || detail.startsWith('attribute without value') || detail.startsWith('value')) what = 'a malformed attribute value';
  else if (detail.startsWith('text data outside of root') || detail.startsWith('documents may contain only one root')) what = 'content outside the root <div>';
  else if (detail.startsWith('document must contain a root')) what = 'no root element';
  else if (detail.startsWith('unexpected end')) what = 'the markup ends too early';
  else what = 'malformed markup';
  return `Narrative XHTML is not well-formed XML: ${what} (line ${line}, column ${column})`;
}

/** Names the undefined entity that saxes has just read (it stops right after its `;`), if it is an HTML one. */
function entityReason(div: string, position: number): string {
  const end = position - 1;
  if (div.charCodeAt(end) === 0x3b /* ; */) {
    const amp = div.lastIndexOf('&', end);
    const name = amp >= 0 && end - amp <= 33 ? div.slice(amp + 1, end) : '';
    if (KNOWN_ENTITIES.has(name)) return `Invalid entity in the XHTML (&${name};)`;
  }
  return 'Invalid entity in the XHTML (only &lt; &gt; &amp; &quot; &apos; and numeric character references are allowed)';
}

function checkTag(tag: SaxesTagPlain, isRoot: boolean): void {
  const name = tag.name;
  const attributes = tag.attributes;
  // Namespaces are checked here rather than by saxes's xmlns mode, whose prefix lookup walks the open
  // elements (quadratic on deep nesting). Equivalent under these rules: no allowed element or attribute
  // name has a prefix (bar xml:, bound by XML itself), so only the default namespace matters.
  const xmlns = attributes['xmlns'];
  if (isRoot) {
    if (name !== 'div') throw new Stop(`The narrative's root element must be <div>, not ${elementLabel(name)}`);
    if (xmlns === undefined) throw new Stop(`The narrative's root <div> must declare xmlns="${XHTML_NS}"`);
  }
  if (xmlns !== undefined && xmlns !== XHTML_NS) throw new Stop(`Narrative elements must be in the XHTML namespace (${XHTML_NS})`);
  if (!ALLOWED_ELEMENTS.has(name)) throw new Stop(`${capitalised(elementLabel(name))} is not allowed in a narrative (txt-1)`);
  for (const attr in attributes) {
    if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue; // declarations: only the default one is ever used
    if (attr.length > 2 && (attr.charCodeAt(0) | 0x20) === 0x6f /* o */ && (attr.charCodeAt(1) | 0x20) === 0x6e /* n */) {
      throw new Stop('Event handler attributes (on...) are not allowed in a narrative (txt-1)');
    }
    if (!GLOBAL_ATTRIBUTES.has(attr) && !ELEMENT_ATTRIBUTES.has(`${name}.${attr}`)) {
      throw new Stop(`${capitalised(attributeLabel(attr))} is not allowed on <${name}> in a narrative (txt-1)`);
    }
    if (URL_ATTRIBUTES.has(attr) && SCRIPT_URL.test(attributes[attr] ?? '')) {
      throw new Stop('Script URLs (javascript:, vbscript:) are not allowed in a narrative (txt-1)');
    }
  }
}

/** Checks a Narrative.div value; returns undefined if valid, else a short reason written by us (never quoting the content: narratives are PHI). */
export function checkNarrativeXhtml(div: string): string | undefined {
  if (typeof div !== 'string') return 'Narrative div must be a string';
  if (div.length === 0) return 'Narrative div is empty';
  try {
    return parse(div);
  } catch (error) {
    if (error instanceof Stop) return error.reason;
    // saxes only throws through our handlers; anything else (e.g. a RangeError on an absurd input) is still an answer.
    return 'Narrative XHTML could not be checked';
  }
}

/** What a parse has seen so far. */
interface ParseState {
  sawRoot: boolean;
  hasContent: boolean;
}

function parse(div: string): string | undefined {
  const state: ParseState = { sawRoot: false, hasContent: false };
  const parser = newParser(div, state);
  parser.write(div);
  // Read before close(), which resets the parser.
  if (parser.xmlDecl.version !== undefined) return 'An XML declaration is not allowed in narrative XHTML';
  parser.close();
  if (!state.hasContent) return 'The narrative has no non-whitespace content: text or an image (txt-2)';
  return undefined;
}

/** A parser for `div` with the handlers that check it, recording into `state`. */
function newParser(div: string, state: ParseState): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, defaultXMLVersion: '1.0', forceXMLVersion: true });

  // Few handlers: saxes stores each as a property added to the parser after construction, and with
  // eight of them V8 turns the parser into a dictionary-mode object, ~6x slower (measured on Node 24;
  // seven are still fast, this uses six). So the XML declaration is read from parser.xmlDecl, and no
  // element depth is kept: non-whitespace text outside the root is already a saxes error.
  parser.on('error', (error) => {
    const message = error.message;
    if (message.endsWith('undefined entity.') || message.endsWith('disallowed character in entity name.') || message.endsWith('empty entity name.')) {
      throw new Stop(entityReason(div, parser.position));
    }
    if (message.endsWith('malformed character entity.')) {
      throw new Stop(`Invalid character reference in the XHTML (line ${parser.line}, column ${parser.column})`);
    }
    throw new Stop(wellFormednessReason(message, parser.line, parser.column));
  });
  parser.on('doctype', () => {
    throw new Stop('A DOCTYPE is not allowed in narrative XHTML');
  });
  parser.on('processinginstruction', () => {
    throw new Stop('Processing instructions are not allowed in narrative XHTML');
  });
  parser.on('opentag', (tag) => {
    checkTag(tag, !state.sawRoot);
    state.sawRoot = true;
    if (tag.name === 'img') state.hasContent = true; // an image is content too (txt-2)
  });
  const onText = (text: string): void => {
    if (NON_WHITESPACE.test(text)) {
      state.hasContent = true;
      // txt-2 holds: stop saxes from assembling (and entity-decoding) the text that follows.
      parser.off('text');
      parser.off('cdata');
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  return parser;
}

/**
 * A parser kept for the life of the process, with the handlers every parser gets: V8 keeps the
 * map of the parsers only while one is alive (see StructureContext.keptAlive), and saxes's
 * optimized code is compiled against it.
 */
export const KEPT_ALIVE: SaxesParser = newParser('', { sawRoot: false, hasContent: false });
