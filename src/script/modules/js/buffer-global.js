// The global `Buffer` of Postman's sandbox: require('buffer').Buffer.
module.exports = require('buffer').Buffer;
