//! How the process takes memory from the system allocator.

/// Response bodies at least this large switch the allocator to keeping freed memory.
pub const LARGE_BODY: usize = 1 << 20;

/// Called when large buffers start to come and go (a response body of [`LARGE_BODY`] or more).
///
/// glibc gives each allocation past a threshold (128 KiB at first) its own mapping, and hands
/// freed memory back at once: every large body, its text in the script sandbox and its copies
/// then cost fresh pages from the kernel, zeroed, a quarter of a run over 2 MiB bodies. From
/// here on, freed memory is kept for the next allocation; peak memory stays as it was. Runs
/// without large bodies never change the allocator (doing so from the start costs them 1 MiB).
pub fn expect_large_buffers() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        // SAFETY: mallopt only changes glibc's thresholds, under its own lock.
        ONCE.call_once(|| unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 8 << 20);
            libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
        });
    }
}
