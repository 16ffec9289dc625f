//! Why the mock server could not start, or stopped serving: which step failed and the I/O error.

use std::fmt;
use std::io;

#[derive(Debug)]
pub enum MockError {
    /// 127.0.0.1:`port` could not be bound (in use, not allowed).
    Listen { port: u16, source: io::Error },
    /// The bound socket could not be set up for serving.
    Socket(io::Error),
    /// The bound socket's port could not be read.
    Port(io::Error),
    /// The background thread of `MockServer::start` could not be started.
    Thread(io::Error),
    /// The server's tokio runtime could not be started.
    Runtime(io::Error),
    /// Serving stopped with an error.
    Serve(io::Error),
}

impl fmt::Display for MockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MockError::Listen { port, source } => {
                write!(f, "mock server cannot listen on 127.0.0.1:{port}: {source}")
            }
            MockError::Socket(e) => write!(f, "mock server cannot use its socket: {e}"),
            MockError::Port(e) => write!(f, "mock server cannot read its port: {e}"),
            MockError::Thread(e) => write!(f, "cannot start the mock server thread: {e}"),
            MockError::Runtime(e) => write!(f, "cannot start the mock server runtime: {e}"),
            MockError::Serve(e) => write!(f, "mock server failed: {e}"),
        }
    }
}

impl std::error::Error for MockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MockError::Listen { source, .. } => Some(source),
            MockError::Socket(e)
            | MockError::Port(e)
            | MockError::Thread(e)
            | MockError::Runtime(e)
            | MockError::Serve(e) => Some(e),
        }
    }
}
