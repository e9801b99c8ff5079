// The same mark the popup sets when the captured item is on screen (entrypoints/popup/App.tsx
// READY_MARK), set as soon as a page's script can run: the floor popup_ready_ms is held to.
performance.mark('paper-shelf:ready');
