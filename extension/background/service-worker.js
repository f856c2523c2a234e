// Chromium entry point: Firefox loads the same files via background.scripts.
importScripts('../pkg/factlight.js', '../content/transport.js', 'engine.js', 'background.js');
