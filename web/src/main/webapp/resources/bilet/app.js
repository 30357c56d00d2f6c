/* Small helpers shared by every signed-in screen. */
window.Bilet = {
    /** "/" jumps to the search box unless the user is typing somewhere. */
    focusSearch: function (event) {
        var box = document.getElementById('jump:q');
        if (box) {
            if (event) { event.preventDefault(); }
            box.focus();
            box.select();
        }
    }
};

/* Queue: j/k move a highlight through the rows, o or Enter opens, x selects. */
Bilet.queue = {
    index: -1,
    rows: function () {
        return document.querySelectorAll('.queue-table tbody tr[data-ri]');
    },
    move: function (delta) {
        var rows = this.rows();
        if (rows.length === 0) { return; }
        this.index = Math.max(0, Math.min(rows.length - 1, this.index + delta));
        rows.forEach(function (row) { row.classList.remove('cursor'); });
        var row = rows[this.index];
        row.classList.add('cursor');
        row.scrollIntoView({block: 'nearest'});
    },
    current: function () {
        return this.rows()[this.index];
    },
    open: function () {
        var row = this.current();
        var link = row && row.querySelector('a.subject-link, a.ticket-link');
        if (link) { window.location.href = link.href; }
    },
    toggle: function () {
        var row = this.current();
        var box = row && row.querySelector('.ui-chkbox-box');
        if (box) { box.click(); }
    }
};

/* Ticket screen: shortcuts, and telling others (through the heartbeat) that the agent is typing. */
Bilet.ticket = {
    typingTimer: null,
    click: function (id) {
        var button = document.getElementById(id);
        if (button) { button.click(); }
    },
    /** r writes a reply, n an internal note. */
    write: function (internal) {
        var kind = document.querySelectorAll('#reply\\:kind input[type=radio]');
        var wanted = internal ? 1 : 0;
        if (kind.length === 2 && !kind[wanted].checked) {
            kind[wanted].parentElement.click();
            setTimeout(function () { Bilet.ticket.focusEditor(); }, 400);
        } else {
            Bilet.ticket.focusEditor();
        }
    },
    focusEditor: function () {
        var editor = document.querySelector('#reply .ql-editor');
        if (editor) { editor.focus(); }
    },
    watchTyping: function () {
        // Ctrl+S saves the fields also from inside one of them (the resolution note, say): the
        // page's hotkey, like every hotkey, leaves keys typed into a field alone.
        document.addEventListener('keydown', function (event) {
            if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S') && event.target.closest
                    && event.target.closest('#fields') && event.target.matches('input, textarea, select')) {
                event.preventDefault();
                Bilet.ticket.click('fields:save');
            }
        });
        document.addEventListener('keydown', function (event) {
            var inEditor = event.target.closest && event.target.closest('#reply .ql-editor');
            if (!inEditor) { return; }
            if (event.ctrlKey && event.key === 'Enter') {
                event.preventDefault();
                // The editor copies what was typed into its form field only when it loses the focus,
                // which a shortcut does not do: copy it now, or the reply would go without it.
                var editor = PrimeFaces.widgets.editor;
                if (editor) { editor.input.val(editor.getEditorValue()); }
                Bilet.ticket.click('reply:send');
                return;
            }
            Bilet.ticket.setTyping(true);
            clearTimeout(Bilet.ticket.typingTimer);
            Bilet.ticket.typingTimer = setTimeout(function () { Bilet.ticket.setTyping(false); }, 6000);
        });
    },
    setTyping: function (typing) {
        var flag = document.getElementById('live:typing');
        if (flag) { flag.value = typing ? 'true' : 'false'; }
    },
    /**
     * Requests that redraw the page (take, save, show the changes) carry the reply being written in
     * their form's hidden "draft" field, so the page comes back with it. Copied as each request starts,
     * before its form is read.
     */
    keepDraft: function () {
        var editor = PrimeFaces.widgets.editor;
        if (!editor || !editor.editor) { return; }
        var draft = editor.getEditorValue();
        editor.input.val(draft);
        document.querySelectorAll('input[type=hidden][name$=":draft"]').forEach(function (field) { field.value = draft; });
    },
    /** Text in the reply editor, or field edits not saved: typed in the page or kept by the server (the marker). */
    hasUnsavedWork: function () {
        var editor = PrimeFaces.widgets.editor;
        if (editor && editor.editor && editor.editor.getText().trim() !== '') { return true; }
        if (document.querySelector('#fields .unsaved-marker')) { return true; }
        var form = document.getElementById('fields');
        return !!form && Array.prototype.some.call(form.elements, function (field) {
            if (field.type === 'hidden' || field.type === 'button' || field.type === 'submit' || field.closest('.ui-selectonemenu-filter-container')) {
                return false;
            }
            if (field.tagName === 'SELECT') {
                var options = Array.prototype.slice.call(field.options);
                if (field.multiple) {
                    return options.some(function (o) { return o.selected !== o.defaultSelected; });
                }
                // A menu drawn with no option marked shows its first one.
                var drawn = options.findIndex(function (o) { return o.defaultSelected; });
                return field.selectedIndex !== (drawn < 0 && options.length > 0 ? 0 : drawn);
            }
            if (field.type === 'checkbox' || field.type === 'radio') { return field.checked !== field.defaultChecked; }
            return field.value !== field.defaultValue;
        });
    },
    /**
     * Leaving the page (a link, the address bar, closing the tab) with unsaved work asks first. The
     * page's own Ajax requests do not leave it and never ask. A property, not a listener: the page
     * sets it again each time it is redrawn.
     */
    guardUnsavedWork: function () {
        window.onbeforeunload = function (event) {
            if (!window.Bilet || !Bilet.ticket || !Bilet.ticket.hasUnsavedWork()) { return undefined; }
            event.preventDefault();
            event.returnValue = '';
            return '';
        };
        if (!Bilet.ticket.draftHooked && window.jQuery) {
            jQuery(document).on('pfAjaxStart', function () { Bilet.ticket.keepDraft(); });
        }
        Bilet.ticket.draftHooked = true;
    }
};

/*
 * Administration: a new item's key (which cannot change later) is suggested from its name, as a
 * key may be written (a-z, 0-9 and dashes), until someone types a key of their own. The key input
 * names the name input it follows: data-key-from="name".
 */
Bilet.keyOf = function (name) {
    return name.toLowerCase().replace(/ł/g, 'l').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').substring(0, 40).replace(/-+$/, '');
};
document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.form || !field.id) {
        return;
    }
    if (field.dataset.keyFrom) {
        field.dataset.keyTyped = 'true';
        return;
    }
    var local = field.id.substring(field.id.lastIndexOf(':') + 1);
    field.form.querySelectorAll('input[data-key-from="' + local + '"]').forEach(function (key) {
        if (!key.disabled && !key.readOnly && !key.dataset.keyTyped && !key.defaultValue) {
            key.value = Bilet.keyOf(field.value);
        }
    });
});
