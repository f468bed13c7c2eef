// The in-page half of MinifiedCssRendersTheSameTests, run through WebDriver's Execute Script in a
// blank file:// page of each of two browser windows (two renderer processes, which work at the
// same time). It defines window.__sharpackCss:
//
// start(stylesheets, tree, baseHref, width, height): one iframe per stylesheet (null: none), all
//   width × height at the same place, each a srcdoc document whose head script adds the
//   stylesheet as a <style> (before any element has a style: nothing transitions) and whose body
//   script builds the test page's elements from `tree` (TestPage's JSON). Once every frame has
//   loaded, been laid out and loaded its fonts (document.fonts.ready), all CSS animations driven
//   by time are paused at time 0 and all transitions (from @starting-style) finished, the same in
//   every frame, so that computed styles do not depend on when they are read.
// digest(frame, baseline): every element's computed style in that frame reduced to two 53-bit
//   hashes, "standard:custom": of all its standard properties and those of its ::before and ::after
//   (all properties when it has content, else `content`), ::marker (list items), ::placeholder
//   (elements with a placeholder) and ::file-selector-button (file inputs); and of all their custom
//   properties (in no fixed order: each one's hash is added up). With a baseline frame (the page
//   without the stylesheet), also counts the elements the stylesheet styles: at all (a standard
//   property differs from the baseline's) and by their own rules (one of OWN differs, a rule sets a
//   custom property on them, or their ::before or ::after has other content).
// dump(frame, indices): all those values of the given elements, to find what differs.
//
// start and digest return at once and do their work in a later task (so that the driver's
// command completes and the other window can start); poll() returns the result as JSON once
// there is one.

(() => {
    if (window.__sharpackCss)
        return;
    const SVG = 'http://www.w3.org/2000/svg';
    const TEXT = 'Ag 1';
    const PSEUDOS = ['::before', '::after'];
    const KEY = ['content', 'display', 'color', 'font-size', 'font-family', 'opacity'];
    // Properties that are not inherited and not layout results (width, height): what an element's own rules set.
    const OWN = [
        'display', 'position', 'float', 'clear', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
        'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width',
        'border-bottom-width', 'border-left-width', 'border-top-style', 'border-right-style', 'border-bottom-style',
        'border-left-style', 'border-top-left-radius', 'border-bottom-right-radius', 'outline-style', 'outline-width',
        'background-color', 'background-image', 'background-position', 'background-size', 'box-shadow', 'opacity',
        'transform', 'transform-origin', 'translate', 'rotate', 'scale', 'filter', 'backdrop-filter', 'clip-path',
        'mask-image', 'z-index', 'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order',
        'align-items', 'align-self', 'align-content', 'justify-content', 'justify-items', 'justify-self', 'row-gap',
        'column-gap', 'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-row-start',
        'overflow-x', 'overflow-y', 'vertical-align', 'text-decoration-line', 'text-overflow', 'max-width', 'min-width',
        'max-height', 'min-height', 'aspect-ratio', 'object-fit', 'box-sizing', 'appearance', 'content', 'isolation',
        'mix-blend-mode', 'will-change', 'contain', 'container-type', 'animation-name', 'animation-duration',
        'animation-delay', 'animation-timing-function', 'animation-fill-mode', 'animation-iteration-count',
        'transition-property', 'transition-duration', 'top', 'right', 'bottom', 'left', 'user-select', 'pointer-events',
        'resize', 'table-layout', 'column-count',
    ];
    const state = { stylesheets: [], tree: [], frames: [], result: null, error: null };

    function build(doc, parent, node, svg) {
        const [tag, attributes, text, children] = node;
        const inSvg = svg || tag === 'svg';
        let element;
        try {
            element = inSvg ? doc.createElementNS(SVG, tag) : doc.createElement(tag);
        } catch {
            element = doc.createElement('div');
        }
        for (const [name, value] of attributes) {
            try {
                element.setAttribute(name, value);
            } catch {
                // a name the DOM does not take (`[\:hover]`): the element goes without it
            }
        }
        if (text)
            element.append(TEXT);
        for (const child of children)
            build(doc, element, child, inSvg && tag !== 'foreignObject');
        parent.append(element);
    }

    function elements(doc) {
        return [doc.documentElement, doc.body, ...doc.body.querySelectorAll('*')].filter(e => e.localName !== 'script');
    }

    function describe(element) {
        const parts = [];
        for (let e = element; e && e.localName !== 'body' && e.localName !== 'html' && parts.length < 4; e = e.parentElement) {
            let part = e.localName;
            if (e.id)
                part += '#' + e.id;
            const classes = e.getAttribute('class');
            if (classes)
                part += '.' + classes.trim().split(/\s+/).join('.');
            for (const attribute of e.attributes) {
                if (attribute.name !== 'class' && attribute.name !== 'id')
                    part += `[${attribute.name}="${attribute.value}"]`;
            }
            parts.unshift(part);
        }
        return parts.join(' > ') || element.localName;
    }

    function html(text) {
        return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    }

    // cyrb53: a 53-bit string hash (two 32-bit lanes).
    function hash(text, seed) {
        let h1 = 0xdeadbeef ^ seed;
        let h2 = 0x41c6ce57 ^ seed;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
        }
        h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
        h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
        return 4294967296 * (2097151 & h2) + (h1 >>> 0);
    }

    // The standard (not custom) property names, in the browser's order.
    function standardNames(w) {
        const style = w.getComputedStyle(w.document.documentElement);
        const names = [];
        for (let i = 0; i < style.length; i++) {
            if (!style[i].startsWith('--'))
                names.push(style[i]);
        }
        return names;
    }

    // A computed style's values: the standard ones in order, the custom ones by name.
    function values(style, standard) {
        const list = new Array(standard.length);
        for (let i = 0; i < standard.length; i++)
            list[i] = style.getPropertyValue(standard[i]);
        const custom = {};
        const length = style.length;
        for (let i = standard.length; i < length; i++) {
            const name = style[i];
            if (name.startsWith('--'))
                custom[name] = style.getPropertyValue(name);
        }
        return { list, custom };
    }

    // One element's styles, in the order the digest reads them: [label, style, property names or null for all].
    function styles(w, element, style) {
        const result = [['', style, null]];
        for (const pseudo of PSEUDOS) {
            const p = w.getComputedStyle(element, pseudo);
            result.push([pseudo, p, p.getPropertyValue('content') === 'none' ? ['content'] : null]);
        }
        if (style.getPropertyValue('display') === 'list-item')
            result.push(['::marker', w.getComputedStyle(element, '::marker'), KEY]);
        if (element.hasAttribute('placeholder'))
            result.push(['::placeholder', w.getComputedStyle(element, '::placeholder'), KEY]);
        if (element.localName === 'input' && element.type === 'file')
            result.push(['::file-selector-button', w.getComputedStyle(element, '::file-selector-button'), KEY]);
        return result;
    }

    function later(work) {
        state.result = null;
        state.error = null;
        // Not at once: the driver's command completes first, so the other window can be started meanwhile.
        setTimeout(async () => {
            try {
                state.result = JSON.stringify(await work());
            } catch (e) {
                state.error = String(e && e.stack || e);
            }
        }, 50);
    }

    window.__sharpackCss = {
        head(doc, index) {
            const css = state.stylesheets[index];
            if (css == null)
                return;
            const style = doc.createElement('style');
            style.textContent = css;
            doc.head.append(style);
        },

        body(doc) {
            for (const node of state.tree)
                build(doc, doc.body, node, false);
        },

        poll() {
            if (state.error)
                throw new Error(state.error);
            return state.result;
        },

        start(stylesheets, tree, baseHref, width, height) {
            state.stylesheets = stylesheets;
            state.tree = JSON.parse(tree);
            later(async () => {
                const started = performance.now();
                document.body.replaceChildren();
                const frames = await Promise.all(stylesheets.map((_, index) => new Promise(resolve => {
                    const frame = document.createElement('iframe');
                    frame.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:${height}px;border:0;margin:0;padding:0`;
                    frame.addEventListener('load', () => resolve(frame.contentWindow), { once: true });
                    frame.srcdoc = '<!DOCTYPE html><html><head><meta charset="utf-8">'
                        + `<base href="${html(baseHref)}">`
                        + `<script>parent.__sharpackCss.head(document, ${index})</scr` + 'ipt></head>'
                        + '<body><script>parent.__sharpackCss.body(document)</scr' + 'ipt></body></html>';
                    document.body.append(frame);
                })));
                state.frames = frames;
                const loaded = performance.now();
                for (const w of frames)
                    w.document.documentElement.getBoundingClientRect(); // style and layout: the fonts in use start loading
                await Promise.all(frames.map(w => w.document.fonts.ready));
                const animations = [];
                for (const w of frames) {
                    let count = 0;
                    for (const animation of w.document.getAnimations()) {
                        count++;
                        if (!(animation.timeline instanceof w.DocumentTimeline)) {
                            // scroll-driven (animation-timeline: scroll() / view()): its progress is the
                            // scroll position, 0 in every frame, not the time
                        } else if (animation instanceof w.CSSTransition) {
                            animation.finish();
                        } else {
                            animation.pause();
                            animation.currentTime = 0;
                        }
                    }
                    animations.push(count);
                }
                return {
                    elements: frames.map(w => elements(w.document).length),
                    viewport: frames.map(w => `${w.innerWidth}x${w.innerHeight}`),
                    animations,
                    fonts: frames.map(w => [...w.document.fonts].filter(f => f.status !== 'unloaded').map(f => `${f.family} ${f.weight} ${f.style}: ${f.status}`)),
                    loadMs: Math.round(loaded - started),
                    settleMs: Math.round(performance.now() - loaded),
                };
            });
        },

        digest(frameIndex, baselineIndex) {
            later(async () => {
                const started = performance.now();
                const w = state.frames[frameIndex];
                const list = elements(w.document);
                const standard = standardNames(w);
                const hashes = new Array(list.length);
                // The hash of each element's own custom properties (not its pseudo-elements'), by element.
                const customHashes = new Map();
                let reads = 0;
                let pseudos = 0;
                for (let index = 0; index < list.length; index++) {
                    // Yield now and then: a renderer busy for long stops answering the driver's polls
                    // ("Timed out receiving message from renderer" on a loaded machine).
                    if (index % 50 === 49)
                        await new Promise(resolve => setTimeout(resolve, 0));
                    const element = list[index];
                    let text = '';
                    let low = 0;
                    let high = 0;
                    for (const [label, style, names] of styles(w, element, w.getComputedStyle(element))) {
                        text += '\u0002' + label;
                        if (names) {
                            for (const name of names)
                                text += '\u0001' + style.getPropertyValue(name);
                            continue;
                        }
                        if (label)
                            pseudos++;
                        for (const name of standard)
                            text += '\u0001' + style.getPropertyValue(name);
                        // Custom properties come after the standard ones, in no fixed order (a hash
                        // table's): each one's hash is added up. (length is not cached by the browser.)
                        const length = style.length;
                        reads += length;
                        let ownLow = 0;
                        let ownHigh = 0;
                        // (The names first, then the values: reading a name after a value costs several times more.)
                        const customNames = [];
                        for (let i = standard.length; i < length; i++)
                            customNames.push(style[i]);
                        for (const name of customNames) {
                            if (!name.startsWith('--'))
                                continue;
                            const h = hash(name + '\u0001' + style.getPropertyValue(name), 1);
                            ownLow = (ownLow + h % 4294967296) % 4294967296;
                            ownHigh = (ownHigh + Math.floor(h / 4294967296)) % 2097152;
                        }
                        if (!label)
                            customHashes.set(element, ownHigh * 4294967296 + ownLow);
                        low = (low + ownLow + hash(label, 2) % 4294967296) % 4294967296;
                        high = (high + ownHigh) % 2097152;
                    }
                    hashes[index] = hash(text, 0).toString(36) + ':' + high.toString(36) + '.' + low.toString(36);
                }
                const hashed = performance.now();
                let styled = null;
                let styledOwn = null;
                if (baselineIndex != null) {
                    // Styled: some standard property differs from the page without the stylesheet. By its
                    // own rules: one of OWN differs, a rule sets a custom property on it (its custom
                    // properties are not its parent's) or its ::before or ::after has other content.
                    const b = state.frames[baselineIndex];
                    const baseList = elements(b.document);
                    styled = 0;
                    styledOwn = 0;
                    for (let index = 0; index < list.length; index++) {
                        if (index % 50 === 49)
                            await new Promise(resolve => setTimeout(resolve, 0));
                        const element = list[index];
                        const s = w.getComputedStyle(element);
                        const t = b.getComputedStyle(baseList[index]);
                        if (OWN.some(name => s.getPropertyValue(name) !== t.getPropertyValue(name))
                            || customHashes.get(element) !== (element.parentElement ? customHashes.get(element.parentElement) : 0)
                            || PSEUDOS.some(p => w.getComputedStyle(element, p).getPropertyValue('content') !== b.getComputedStyle(baseList[index], p).getPropertyValue('content'))) {
                            styled++;
                            styledOwn++;
                        } else if (standard.some(name => s.getPropertyValue(name) !== t.getPropertyValue(name))) {
                            styled++;
                        }
                    }
                }
                return {
                    elements: list.length,
                    properties: standard.length,
                    reads,
                    pseudos,
                    styled,
                    styledOwn,
                    hashes,
                    hashMs: Math.round(hashed - started),
                    styledMs: Math.round(performance.now() - hashed),
                };
            });
        },

        dump(frameIndex, indices) {
            const w = state.frames[frameIndex];
            const list = elements(w.document);
            const standard = standardNames(w);
            return JSON.stringify({
                standard,
                elements: indices.map(index => ({
                    index,
                    element: describe(list[index]),
                    styles: styles(w, list[index], w.getComputedStyle(list[index])).map(([label, style, names]) => names
                        ? { label, list: names.map(name => style.getPropertyValue(name)), names, custom: {} }
                        : { label, ...values(style, standard), names: null }),
                })),
            });
        },
    };
})();
