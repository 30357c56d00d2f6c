/* Helpers of the administration screens. */
window.BiletAdmin = {
    /** The Quill editor of a p:textEditor once it is rendered (it renders when visible). */
    whenEditor: function (widgetVar, then, attempts) {
        var widget = window.PF && PF(widgetVar);
        if (widget && widget.editor) {
            then(widget.editor);
        } else if ((attempts || 0) < 50) {
            setTimeout(function () { BiletAdmin.whenEditor(widgetVar, then, (attempts || 0) + 1); }, 100);
        }
    },

    /** Lets Tab leave the editor instead of inserting a tab, so the form stays usable from the keyboard. */
    releaseTab: function (widgetVar) {
        BiletAdmin.whenEditor(widgetVar, function (editor) {
            delete editor.keyboard.bindings.Tab;
            delete editor.keyboard.bindings[9];
        });
    },

    /** Inserts text at the cursor of the editor (at its end without one). */
    insert: function (widgetVar, text) {
        BiletAdmin.whenEditor(widgetVar, function (editor) {
            var range = editor.getSelection(true);
            var at = range ? range.index : Math.max(0, editor.getLength() - 1);
            editor.insertText(at, text, 'api');
            editor.setSelection(at + text.length, 0, 'api');
        });
    }
};

/* The mail templates' editor: focus after opening, placeholders inserted at the cursor, Ctrl+S saves. */
BiletAdmin.focus = function (id) {
    var element = document.getElementById(id);
    if (element) { element.focus(); }
};

if (!window.BiletAdminKeys) {
    window.BiletAdminKeys = true;
    // Ctrl+S (Cmd+S) inside a form that names its save button in data-save clicks that button.
    document.addEventListener('keydown', function (event) {
        if (!(event.ctrlKey || event.metaKey) || (event.key !== 's' && event.key !== 'S')) { return; }
        var form = event.target.closest && event.target.closest('form[data-save]');
        var button = form && document.getElementById(form.getAttribute('data-save'));
        if (button) {
            event.preventDefault();
            button.click();
        }
    });
    // A button with data-insert puts its text at the cursor of the field data-into names, then lets the field's own keyup run.
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('button[data-insert]');
        var field = button && document.getElementById(button.getAttribute('data-into'));
        if (!field) { return; }
        var text = button.getAttribute('data-insert');
        var start = field.selectionStart == null ? field.value.length : field.selectionStart;
        var end = field.selectionEnd == null ? start : field.selectionEnd;
        field.value = field.value.slice(0, start) + text + field.value.slice(end);
        field.focus();
        field.setSelectionRange(start + text.length, start + text.length);
        if (window.jQuery) { window.jQuery(field).trigger('keyup'); }
    });
}
