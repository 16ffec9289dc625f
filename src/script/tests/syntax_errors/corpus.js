//== call_missing_paren_after_callback
pm.test('status is 200', function () {
    pm.response.to.have.status(200);
}
//== call_missing_paren_inner
pm.expect(pm.response.code.to.eql(200);
//== call_missing_comma_between_args
pm.test('status' function () {});
//== call_missing_paren_then_statement
pm.environment.set('token', pm.response.json().token
pm.test('x', () => {});
//== block_missing_brace_before_paren
pm.test('body', function () {
    var data = pm.response.json();
    pm.expect(data.id).to.eql(7);
);
//== block_missing_brace_at_end
pm.test('never', () => {
    pm.expect(1).to.eql(1);
//== if_missing_brace_at_end
if (pm.response.code === 200) {
    pm.environment.set('ok', '1');
//== array_missing_bracket
var ids = [1, 2, 3;
//== array_missing_bracket_at_end
var ids = [1, 2, 3
//== object_missing_brace
var body = { a: 1, b: 2;
//== extra_paren
pm.expect(pm.response.code).to.eql(200));
//== extra_brace
pm.test('x', function () {
    pm.expect(1).to.eql(1);
});
}
//== extra_bracket
var ids = [1, 2]];
//== string_unterminated_single
var name = 'widget;
//== string_unterminated_double
pm.environment.set("token, "abc");
//== string_with_newline
var s = "first line
second line";
//== template_unterminated
var url = `${pm.environment.get('host')}/items;
//== template_unterminated_substitution
var url = `${pm.environment.get('host')/items`;
//== regex_unterminated
var re = /abc;
//== regex_invalid_flags
var re = /abc/gg;
//== regex_unknown_flag
var re = /abc/x;
//== regex_unterminated_group
var re = /(abc/;
//== regex_nothing_to_repeat
var re = /*abc/;
//== comment_unterminated
/* the checks
pm.test('x', () => {});
//== stray_at
var x = @;
//== stray_hash_python_comment
# check the status
pm.test('x', () => {});
//== stray_backslash
var x = \;
//== curly_quotes
pm.test(‘status’, function () {});
//== await_top_level
const res = await pm.sendRequest('http://127.0.0.1:9/');
//== await_in_plain_callback
pm.test('x', function () {
    const res = await fetchIt();
});
//== await_in_arrow_callback
pm.sendRequest('http://127.0.0.1:9/', (err, res) => {
    await pm.environment.set('a', 1);
});
//== reserved_word_class
var class = 1;
//== reserved_word_enum
var enum = 1;
//== reserved_word_function_param
function f(default) {}
//== let_named_let
let let = 1;
//== const_without_initializer
const token;
//== destructuring_without_initializer
const { id };
//== let_declared_twice
let token = 1;
let token = 2;
//== const_and_var_same_name
const token = 1;
var token = 2;
//== assign_to_literal
1 = 2;
//== assign_to_postfix
var a = 1;
a++ = 1;
//== prefix_increment_literal
++1;
//== postfix_increment_call
f()++;
//== compare_typo_assign_in_if
if (pm.response.code = 200 && x = 1) {}
//== return_top_level
if (!pm.response) return;
pm.test('after', () => {});
//== else_without_if
if (true) {
    var a = 1;
};
else {
    var a = 2;
}
//== object_missing_comma
var body = {
    name: 'widget'
    price: 10
};
//== object_equals_instead_of_colon
var body = { name = 'widget' };
//== array_missing_comma
var ids = [1 2];
//== trailing_dot_end
pm.response.
//== trailing_dot_semicolon
var x = pm.response.;
//== arrow_on_new_line
var f = (a)
    => a * 2;
//== arrow_bad_params
var f = (1) => 2;
//== arrow_body_missing
var f = () =>;
//== unexpected_number
var total = 1 2;
//== unexpected_string
var s = 'a' 'b';
//== unexpected_identifier
var s = hello world;
//== identifier_starts_with_digit
var 1st = 'a';
//== number_method_call
var s = 1.toString();
//== hex_without_digits
var n = 0x;
//== octal_in_strict_function
function f() {
    'use strict';
    return 010;
}
//== octal_top_level_use_strict
'use strict';
var n = 010;
//== new_target_top_level
var t = new.target;
//== json_object
{
    "id": 7,
    "name": "widget"
}
//== html_pasted
<html><body>Not found</body></html>
//== function_without_name
function () {
    return 1;
}
//== function_missing_body
function check()
//== break_outside_loop
break;
//== continue_outside_loop
if (true) { continue; }
//== try_without_catch
try {
    var data = pm.response.json();
}
//== catch_without_try
catch (e) {
    console.log(e);
}
//== ternary_missing_colon
var x = pm.response.code === 200 ? 'ok';
//== for_missing_semicolon
for (var i = 0; i < 3 i++) {}
//== rest_parameter_not_last
function f(...args, last) {}
//== import_statement
import moment from 'moment';
//== export_statement
export default function () {}
//== duplicate_constructor
class A { constructor() {} constructor() {} }
//== super_outside_class
function f() { super(); }
//== getter_with_parameter
var o = { get x(v) { return 1; } };
//== unicode_escape_invalid
var s = '\u{zzz}';
//== double_comma_in_object
var o = { a: 1,, b: 2 };
//== missing_operand
var x = 1 + ;
//== if_missing_paren
if pm.response.code === 200 {
}
//== keyword_typo_functon
functon check() {}
//== apostrophe_inside_single_quoted_argument
pm.expect(pm.response.text()).to.include('it's done');
//== import_braces
import { expect } from 'chai';
//== label_not_found
while (true) { break outer; }
//== setter_without_parameter
var o = { set x() {} };
//== strict_delete_identifier
function f() { 'use strict'; var a; delete a; }
//== strict_with
function f() { 'use strict'; with (Math) {} }
//== strict_assign_eval
function f() { 'use strict'; eval = 1; }
//== strict_octal_escape
function f() { 'use strict'; return '\07'; }
//== lexical_declaration_in_if
if (true) let x = 1;
//== throw_then_newline
throw
new Error('x');
//== duplicate_label
a: a: 1;
//== rest_element_not_last
var [...a, b] = [1, 2];
//== for_of_with_initializer
for (let k = 0 of [1]) {}
//== unary_before_exponent
var x = -2 ** 2;
//== regex_nothing_to_repeat_plus
var re = /+abc/;
//== regex_unmatched_paren
var re = /abc)/;
//== regex_unterminated_class
var re = /[abc/;
//== regex_range_out_of_order
var re = /[z-a]/;
//== nullish_mixed_with_or
var x = a ?? b || c;
//== class_without_name
class {}
//== duplicate_default
switch (1) { default: break; default: break; }
//== hex_escape_invalid
var s = '\x4';
//== var_redeclares_let_in_block
let x = 1;
{ var x = 2; }
//== trailing_comma_in_declaration
var a = 1,;
//== async_await_nothing
async function f() { await }
//== call_unclosed_at_end_of_script
pm.expect(jsonData.value).to.eql(100
//== json_parse_missing_paren
const body = JSON.parse(responseBody;
//== send_request_callback_missing_paren
pm.sendRequest('http://127.0.0.1:9/', function (err, res) {
    console.log(res.code);
}
//== for_each_arrow_missing_brace
[1, 2].forEach(item => {
    console.log(item);
);
//== ternary_missing_colon_in_arguments
pm.expect(a ? b);
//== object_missing_comma_in_arguments
pm.sendRequest({ url: 'http://127.0.0.1:9/' method: 'POST' }, function () {});
//== legacy_setter_extra_paren
postman.setEnvironmentVariable("token", data.token));
//== template_unterminated_in_arguments
pm.environment.set('url', `${host}/items);
//== nested_test_extra_close
pm.test('a', function () {
    pm.expect(1).to.eql(1);
});
});
//== const_named_like_a_sandbox_global
const data = pm.response.json();
//== let_named_lodash
let _ = require('lodash');
