const path = require('node:path');

// Packages resolve from the repository's node_modules.
module.exports = { turbopack: { root: path.join(__dirname, '..', '..') }, poweredByHeader: false };
