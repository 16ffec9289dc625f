//! A CSV reader that behaves like csv-parse with the options Newman uses (`trim`, `relax`,
//! `relax_column_count`): fields are trimmed, a quoted field may span lines and escapes `"` as `""`,
//! a quote inside an unquoted field is an ordinary character.

#[derive(Debug, Clone, PartialEq)]
pub struct CsvField {
    pub text: String,
    /// Written in quotes (Newman does not turn quoted fields into numbers).
    pub quoted: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CsvRecord {
    /// The line the record starts on, from 1.
    pub line: usize,
    pub fields: Vec<CsvField>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

/// All records of `text`. A final line break does not start another record; a blank line is a record
/// with one empty field.
pub fn parse_csv(text: &str) -> Result<Vec<CsvRecord>, CsvError> {
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
        line: 1,
    };
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut start_line = 1;
    let mut finish = |record: &mut Vec<CsvField>, line: &mut usize, next_line: usize| {
        records.push(CsvRecord {
            line: *line,
            fields: std::mem::take(record),
        });
        *line = next_line;
    };
    loop {
        if p.at_end() && record.is_empty() {
            break;
        }
        let field = p.field()?;
        record.push(field);
        match p.next() {
            Some(',') => {}
            Some('\r') => {
                if p.peek() == Some('\n') {
                    p.pos += 1;
                }
                p.line += 1;
                finish(&mut record, &mut start_line, p.line);
            }
            Some('\n') => {
                p.line += 1;
                finish(&mut record, &mut start_line, p.line);
            }
            _ => {
                finish(&mut record, &mut start_line, p.line);
                break;
            }
        }
    }
    Ok(records)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    line: usize,
}

impl Parser {
    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }
    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.pos += 1;
        }
    }

    /// One field, leaving the delimiter or line break after it unread.
    fn field(&mut self) -> Result<CsvField, CsvError> {
        self.skip_blanks();
        if self.peek() != Some('"') {
            let start = self.pos;
            while !matches!(self.peek(), None | Some(',' | '\n' | '\r')) {
                self.pos += 1;
            }
            let text: String = self.chars[start..self.pos].iter().collect();
            return Ok(CsvField {
                text: text.trim_end_matches([' ', '\t']).to_string(),
                quoted: false,
            });
        }
        let open_line = self.line;
        self.pos += 1;
        let mut text = String::new();
        loop {
            match self.next() {
                None => {
                    return Err(CsvError {
                        line: open_line,
                        message: "a quoted field is not closed (a `\"` is missing)".into(),
                    })
                }
                Some('"') if self.peek() == Some('"') => {
                    self.pos += 1;
                    text.push('"');
                }
                Some('"') => break,
                Some(c) => {
                    if c == '\n' || (c == '\r' && self.peek() != Some('\n')) {
                        self.line += 1;
                    }
                    text.push(c);
                }
            }
        }
        self.skip_blanks();
        match self.peek() {
            None | Some(',' | '\n' | '\r') => Ok(CsvField { text, quoted: true }),
            Some(c) => Err(CsvError {
                line: self.line,
                message: format!("unexpected `{c}` after a closing quote (write `\"\"` for a quote inside a quoted field)"),
            }),
        }
    }
}
