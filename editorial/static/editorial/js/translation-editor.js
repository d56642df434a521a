/*
 * wagtail-localize's translation editor (a React application), put right where its code offers no setting
 * (editorial/upstream.py):
 * - a translator who may not publish gets "Submit for review" as the footer's primary action; the
 *   action upstream would have made primary moves to the footer's menu, and "Delete", which the server
 *   refuses to anyone but administrators, goes away;
 * - "More actions" and "<source> to <target> translation", written in English by upstream's code, are
 *   given in the user's language.
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

    function fix() {
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
}

// Wagtail's admin loads this in the page's head: wait for the editor's element, as upstream's code does.
if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fixTranslationEditor);
} else {
    fixTranslationEditor();
}
