//! The run's scripts compiled ahead, on a thread of their own: while the run sends one item's
//! request and runs its scripts, this thread compiles the scripts of the items after it to
//! bytecode and scans them for declarations of Newman's sandbox parameters. The engine then
//! loads bytecode (a fifth of what compiling costs) instead of parsing the source.
//!
//! Only a speed-up: a script the thread has not reached yet, or that does not compile, is
//! compiled by the engine as before, which also reports its errors. The bytecode is what
//! evaluating the same text gives (file name, lines and source text kept).
//!
//! Being only a speed-up, the thread runs when a CPU would otherwise be idle: on a machine of
//! two, compiling at normal priority delayed the servers the run talks to (each request then
//! waited for the thread's time slice), which cost more than compiling saved. The run never
//! waits for the thread's lock either, so the thread can be preempted holding it.

use super::engine;
use super::v8::parameters;
use super::write_bytecode;
use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, PoisonError, TryLockError};

/// Scripts compiled and not yet taken, at most: the thread then waits until the run has taken
/// half of them, and compiles in batches (a wake-up per script costs the run a system call).
const AHEAD: usize = 256;
const RESUME_BELOW: usize = AHEAD / 2;

/// A script compiled ahead: its bytecode and the parameter names it declares.
pub struct Ahead {
    pub bytes: Vec<u8>,
    pub shadows: Vec<String>,
}

/// The thread's results, shared with the engine.
pub struct Precompiled {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    taken: Condvar,
}

#[derive(Default)]
struct State {
    ready: HashMap<String, Ahead, foldhash::fast::RandomState>,
    stop: bool,
    /// The thread waits for the run to take scripts.
    waiting: bool,
}

impl Precompiled {
    /// Starts compiling `sources` (in the order the run needs them, each once) as the engine
    /// would. `None` when there is nothing to compile or no thread to do it on.
    pub fn start(sources: Vec<String>, memory_limit: usize) -> Option<Precompiled> {
        if sources.is_empty() {
            return None;
        }
        let shared = Arc::new(Shared::default());
        let worker = shared.clone();
        std::thread::Builder::new()
            .name("postie-precompile".into())
            .stack_size(8 << 20)
            .spawn(move || compile_all(&worker, sources, memory_limit))
            .ok()?;
        Some(Precompiled { shared })
    }

    /// The compiled form of `source`, when the thread has made it (and is not holding the
    /// lock just then).
    pub fn take(&self, source: &str) -> Option<Ahead> {
        let mut state = self.shared.try_lock()?;
        let ahead = state.ready.remove(source);
        if state.waiting && state.ready.len() < RESUME_BELOW {
            state.waiting = false;
            self.shared.taken.notify_one();
        }
        ahead
    }
}

#[cfg(test)]
impl Precompiled {
    /// Whether `source` is compiled and not taken yet.
    pub fn holds(&self, source: &str) -> bool {
        self.shared.lock().ready.contains_key(source)
    }

    /// Waits (up to 10 s) until the thread has compiled `source`; whether it did.
    pub fn wait_for(&self, source: &str) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            if self.shared.lock().ready.contains_key(source) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        false
    }
}

impl Drop for Precompiled {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.taken.notify_one();
    }
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The lock when it is free now.
    fn try_lock(&self) -> Option<std::sync::MutexGuard<'_, State>> {
        match self.state.try_lock() {
            Ok(state) => Some(state),
            Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        }
    }
}

fn compile_all(shared: &Shared, sources: Vec<String>, memory_limit: usize) {
    run_only_when_idle();
    let Ok(runtime) = rquickjs::Runtime::new() else {
        return;
    };
    if memory_limit > 0 {
        runtime.set_memory_limit(memory_limit);
    }
    let Ok(context) = rquickjs::Context::full(&runtime) else {
        return;
    };
    context.with(|ctx| {
        for source in sources {
            let Ok(bytes) =
                write_bytecode::compile(&ctx, &engine::wrap(&source), engine::SCRIPT_FILE, false)
            else {
                continue;
            };
            let shadows = parameters::declared_sandbox_parameters(&source);
            let mut state = shared.lock();
            if state.ready.len() >= AHEAD {
                state.waiting = true;
            }
            while !state.stop && state.waiting {
                state = shared
                    .taken
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if state.stop {
                return;
            }
            state.ready.insert(source, Ahead { bytes, shadows });
        }
    });
}

/// Lowers the calling thread to Linux's `SCHED_IDLE` policy: it gets a CPU only when nothing
/// else wants one, and yields it at once when something does.
fn run_only_when_idle() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: changes only this thread's scheduling policy (pid 0 is the calling thread);
        // when refused, the thread keeps its priority.
        unsafe { libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Once it has compiled [`AHEAD`] scripts the thread waits, and it goes on when the run has
    /// taken enough of them: every script is still compiled ahead in the end.
    #[test]
    fn the_thread_goes_on_once_the_run_takes_what_it_compiled() {
        let sources: Vec<String> = (0..AHEAD + 40)
            .map(|i| format!("var x{i} = {i};"))
            .collect();
        let ahead = Precompiled::start(sources.clone(), 0).expect("a thread");
        assert!(ahead.wait_for(&sources[AHEAD - 1]));
        for source in &sources[..=AHEAD - RESUME_BELOW] {
            assert!(take_soon(&ahead, source).is_some(), "{source}");
        }
        assert!(ahead.wait_for(&sources[sources.len() - 1]));
        assert!(take_soon(&ahead, &sources[AHEAD]).is_some());
    }

    /// The run takes what is ready without waiting for the lock: the thread, at idle priority,
    /// may be preempted holding it.
    #[test]
    fn taking_never_waits_for_the_lock() {
        let source = "var x = 1;".to_string();
        let ahead = Precompiled::start(vec![source.clone()], 0).expect("a thread");
        assert!(ahead.wait_for(&source));
        let held = ahead.shared.lock();
        let (sender, answer) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            scope.spawn(|| sender.send(ahead.take(&source).is_none()));
            let answered = answer.recv_timeout(std::time::Duration::from_secs(5));
            drop(held);
            assert_eq!(answered, Ok(true));
        });
        assert!(take_soon(&ahead, &source).is_some());
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn the_thread_compiles_only_when_a_cpu_is_idle() {
        let policy = std::thread::spawn(|| {
            run_only_when_idle();
            // SAFETY: reads the calling thread's own policy
            unsafe { libc::sched_getscheduler(0) }
        })
        .join()
        .expect("the thread ends");
        assert_eq!(policy, libc::SCHED_IDLE);
    }

    /// `take`, tried again while the thread holds its lock (up to 10 s).
    fn take_soon(ahead: &Precompiled, source: &str) -> Option<Ahead> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let taken = ahead.take(source);
            if taken.is_some() || std::time::Instant::now() >= deadline {
                return taken;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
}
