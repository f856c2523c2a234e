// Chromium entry point: Firefox loads the same three files via background.scripts.
importScripts('../pkg/factlight.js', 'engine.js', 'background.js');
