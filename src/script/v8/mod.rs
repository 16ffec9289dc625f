//! Newman runs scripts on V8 (Node 20); postie runs them on QuickJS. Where a script can see the
//! difference, in an error's words, this module makes QuickJS's read as V8's:
//! - [`tokens`]: a small JavaScript tokenizer the others read scripts with;
//! - [`syntax_errors`]: a SyntaxError's message, from the compiled text and the position;
//! - [`eval`]: the same for text a script evaluated (`eval(responseBody)`);
//! - [`callee`]: the expression a TypeError is about (`resBody.map is not a function`);
//! - [`parameters`]: Newman's sandbox parameter list, which a top-level `let`/`const` may not redeclare.

pub mod callee;
pub mod eval;
pub mod parameters;
pub mod syntax_errors;
pub mod tokens;
