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
