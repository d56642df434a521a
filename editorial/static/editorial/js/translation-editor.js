/*
 * wagtail-localize's translation editor (a React application), put right where its code offers no setting
 * (editorial/upstream.py):
 * - a translator who may not publish gets "Submit for review" as the footer's primary action; the
 *   action upstream would have made primary moves to the footer's menu, and "Delete", which the server
 *   refuses to anyone but administrators, goes away;
 * - "More actions" and "<source> to <target> translation", written in English by upstream's code, are
 *   given in the user's language;
 * - under each segment whose translation misses a glossary term's rendering, a note says which
 *   (editorial/glossary_views.py: asked when the editor opens and after each segment is saved).
 * React leaves alone the nodes it rendered the same way; an observer repeats the changes when it renders new ones.
 */
function fixTranslationEditor() {
    const settingsElement = document.getElementById('editorial-translation-editor');
    const editor = document.querySelector('.js-translation-editor');
    if (!settingsElement || !editor) {
        return;
    }
    const settings = JSON.parse(settingsElement.textContent);
    const englishSection = `${settings.source} to ${settings.target} translation`;

    function submitButton() {
        const button = document.createElement('button');
        button.type = 'submit';
        button.className = 'button';
        button.formAction = settings.submitUrl;
        button.dataset.editorialSubmit = '';
        button.textContent = settings.texts.submit;
        return button;
    }

    function fixFooter(footer) {
        const group = footer.querySelector('.w-dropdown-button');
        const menu = footer.querySelector('.w-dropdown__content');
        if (!group || !menu) {
            return;
        }
        if (!settings.canDelete) {
            footer.querySelectorAll('a[href*="/delete/"]').forEach((link) => link.remove());
        }
        if (settings.submitUrl && !group.querySelector('[data-editorial-submit]')) {
            // Upstream's primary action (the first child before the menu) becomes a menu entry.
            const primary = group.firstElementChild;
            if (primary && !primary.classList.contains('w-dropdown')) {
                primary.classList.add('action-secondary');
                menu.prepend(primary);
            }
            group.prepend(submitButton());
        }
        footer.querySelectorAll('.w-dropdown__toggle .w-sr-only').forEach((label) => {
            if (label.textContent !== settings.texts.moreActions) {
                label.textContent = settings.texts.moreActions;
            }
        });
        if (!menu.children.length) {
            menu.closest('.w-dropdown').hidden = true;
        }
    }

    // --- The glossary's flags -------------------------------------------------------------------
    // Upstream's editor gives its segments' items no id: each string segment (its data in the editor's
    // props) is paired with the first item not yet paired, in the order upstream renders them (tab by tab,
    // grouped by field and block), whose source paragraph shows its source text.
    const props = JSON.parse(editor.dataset.props || '{}');
    let glossaryFlags = new Map();
    let glossaryRequests = 0;

    function renderedSegments() {
        const segments = (props.segments || []).filter((segment) => segment.type === 'string');
        const rendered = [];
        const tabs = (props.tabs || []).map((tab) => tab.slug);
        // Then any segment of no listed tab, in case upstream lays out a single tab differently.
        tabs.concat([null]).forEach((tab) => {
            const groups = new Map();
            segments
                .filter((segment) => (tab === null ? !tabs.includes(segment.location.tab) : segment.location.tab === tab))
                .forEach((segment) => {
                    const key = `${segment.location.field}/${segment.location.blockId || 'null'}`;
                    groups.set(key, (groups.get(key) || []).concat([segment]));
                });
            groups.forEach((group) => rendered.push(...group));
        });
        return rendered;
    }

    function segmentItems() {
        const items = Array.from(editor.querySelectorAll('li')).filter((item) => item.querySelector(':scope > p'));
        const paired = new Map();
        const used = new Set();
        renderedSegments().forEach((segment) => {
            const item = items.find(
                (candidate) =>
                    !used.has(candidate) && candidate.querySelector(':scope > p').textContent === segment.source,
            );
            if (item) {
                used.add(item);
                paired.set(segment.id, item);
            }
        });
        return paired;
    }

    function glossaryNote(flag) {
        const note = document.createElement('p');
        note.className = 'help-block help-warning editorial-glossary-flag';
        note.setAttribute('role', 'note');
        note.innerHTML = '<svg class="icon icon-warning" aria-hidden="true"><use href="#icon-warning"></use></svg>';
        note.append(flag.message);
        if (flag.note) {
            note.append(document.createElement('br'), flag.note);
        }
        return note;
    }

    function showGlossary() {
        segmentItems().forEach((item, id) => {
            const flags = glossaryFlags.get(id) || [];
            const key = JSON.stringify(flags);
            let notes = item.querySelector(':scope > [data-editorial-glossary]');
            if (notes && notes.dataset.editorialGlossary === key) {
                return;
            }
            if (notes) {
                notes.remove();
            }
            if (flags.length) {
                notes = document.createElement('div');
                notes.dataset.editorialGlossary = key;
                notes.append(...flags.map(glossaryNote));
                // After the translation, before the actions: React never adds children to the item itself.
                item.insertBefore(notes, item.querySelector(':scope > ul'));
            }
        });
    }

    function refreshGlossary() {
        if (!settings.glossaryUrl) {
            return;
        }
        glossaryRequests += 1;
        const request = glossaryRequests;
        fetch(settings.glossaryUrl, {
            credentials: 'same-origin',
            headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        })
            .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
            .then((data) => {
                if (request === glossaryRequests) {
                    // an earlier answer arriving late is ignored
                    glossaryFlags = new Map(data.segments.map((segment) => [segment.id, segment.flags]));
                    showGlossary();
                }
            })
            .catch(() => {});
    }

    // Upstream's code saves (PUT) or clears (DELETE) a segment with window.fetch on the segment's editUrl.
    const segmentEdit = /\/strings\/\d+\/edit\/$/;
    const upstreamFetch = window.fetch;
    window.fetch = function fetchAndRefreshGlossary(resource, options) {
        const answer = upstreamFetch.apply(this, arguments);
        try {
            const address = resource instanceof Request ? resource.url : String(resource);
            const method = ((options && options.method) || (resource instanceof Request && resource.method) || 'GET')
                .toUpperCase();
            if (method !== 'GET' && segmentEdit.test(new URL(address, window.location.href).pathname)) {
                answer.then(refreshGlossary, () => {});
            }
        } catch (error) {
            // never in upstream's way: its request goes on whatever this check makes of it
        }
        return answer;
    };

    function fix() {
        showGlossary();
        editor.querySelectorAll('h3').forEach((heading) => {
            if (heading.textContent === englishSection) {
                heading.textContent = settings.texts.section;
            }
        });
        const footer = editor.querySelector('footer');
        if (footer) {
            fixFooter(footer);
        }
    }

    let scheduled = false;
    new MutationObserver(() => {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(() => {
                scheduled = false;
                fix();
            });
        }
    }).observe(editor, { childList: true, subtree: true });
    fix();
    refreshGlossary();
}

// Wagtail's admin loads this in the page's head: wait for the editor's element, as upstream's code does.
if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fixTranslationEditor);
} else {
    fixTranslationEditor();
}
