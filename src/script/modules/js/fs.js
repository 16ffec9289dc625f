// Node's fs as Postman's sandbox gives it: an empty object (the browser build has no file system).
module.exports = {};
