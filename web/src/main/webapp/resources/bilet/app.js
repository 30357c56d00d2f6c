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
