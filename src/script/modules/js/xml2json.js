// Postman's legacy global xml2Json(xml): xml2js with explicitArray off and trimmed text; undefined on bad XML.
'use strict';
var xml2js = require('xml2js');
module.exports = function xml2Json(string) {
  var json = {};
  xml2js.parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, function (err, result) {
    json = result;
  });
  return json;
};
