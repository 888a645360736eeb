//! Data parallelism across processes: one process (an MPI *rank*) per GPU, each training on its
//! share of every global batch, the gradients summed across ranks after backward.
//!
//! The world is process-wide, as MPI is: [`init`] joins the job once (the command line does it
//! first thing), [`world`] gives it to the code that needs it (the training loop, the gradient
//! sum, the EMA codebook's statistics), and [`finalize`] leaves it. Built without the `mpi`
//! feature, or started without `mpirun`/`srun`, the world is one rank and every collective is
//! a no-op, so single-process code pays nothing.
//!
//! Every sum across ranks is an all-gather followed by a sum in rank order, the same on every
//! rank: a run is bit-identical to itself for a given number of ranks (MPI's own all-reduce may
//! pick its summation order by message size and topology). It moves N times the data of a
//! ring all-reduce, which is fine for the few ranks of one node; see `Share` for how a batch
//! is split and weighted.

use crate::error::{Error, Result};
use crate::gpu::{DType, Tensor};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// How a batch's loss adds up over its items, which decides how the ranks' parts combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossSum {
    /// The loss is a sum over the items (the Pokemon VAE's): the global loss is the sum of the
    /// ranks' losses.
    Sum,
    /// The loss is a mean over the items (every element-wise mean with equal work per item):
    /// the global loss is the ranks' losses weighted by their share of the batch.
    Mean,
    /// The step combines its ranks' parts itself and reports the global batch's values, the
    /// same on every rank (the scene models': means over tokens and over items in one loss,
    /// with terms that are not linear in the items).
    Global,
}

/// One rank's part of a global batch: items `start..start + len` of `global`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// The first item of this rank's part.
    pub start: usize,
    /// Items in this rank's part.
    pub len: usize,
    /// Items in the global batch.
    pub global: usize,
}

impl Share {
    /// The whole batch of `n` items (one rank).
    pub fn whole(n: usize) -> Share {
        Share {
            start: 0,
            len: n,
            global: n,
        }
    }

    /// Rank `rank`'s contiguous part of `n` items split over `size` ranks: the first `n % size`
    /// ranks take one item more, so parts differ by at most one.
    pub fn of(n: usize, rank: usize, size: usize) -> Share {
        let (base, extra) = (n / size, n % size);
        let len = base + usize::from(rank < extra);
        let start = rank * base + rank.min(extra);
        Share {
            start,
            len,
            global: n,
        }
    }

    /// The items of this part.
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.len
    }

    /// The factor of this rank's loss in the global one: 1 for a summed loss, `len / global`
    /// for a mean (exactly 1 for the whole batch); 1 for values that are global already.
    pub fn weight(&self, kind: LossSum) -> f64 {
        match kind {
            LossSum::Sum | LossSum::Global => 1.0,
            LossSum::Mean if self.len == self.global => 1.0,
            LossSum::Mean => self.len as f64 / self.global as f64,
        }
    }
}

/// Time and bytes spent in collectives since the last [`World::take_stats`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CommStats {
    /// Seconds inside collectives, the host staging of device data included.
    pub seconds: f64,
    /// Bytes this rank sent (each all-gather sends its part once per other rank).
    pub bytes_sent: u64,
    /// Collective calls.
    pub calls: u64,
}

/// The ranks of this job.
pub struct World {
    rank: usize,
    size: usize,
    local_rank: usize,
    stats: Mutex<CommStats>,
    #[cfg(feature = "mpi")]
    mpi: Option<Mutex<mpi_world::Comm>>,
}

static WORLD: OnceLock<World> = OnceLock::new();
static NOTE: OnceLock<String> = OnceLock::new();

/// What [`init`] found worth saying once a run starts (a build with `mpi` started without a
/// launcher trains as one rank), if anything.
pub fn note() -> Option<&'static str> {
    NOTE.get().map(|s| s.as_str())
}

/// The job's world: what [`init`] joined, else one rank.
pub fn world() -> &'static World {
    WORLD.get_or_init(World::single)
}

/// The launcher that started this process, if any, from the variables it sets: Open MPI's
/// `mpirun` (OMPI_COMM_WORLD_SIZE), MPICH's hydra and Slurm's `srun --mpi=pmi2` (PMI_SIZE),
/// PMIx launchers such as `srun --mpi=pmix` (PMIX_RANK).
pub fn launcher() -> Option<String> {
    for var in ["OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"] {
        if let Ok(v) = std::env::var(var) {
            return Some(format!("{var}={v}"));
        }
    }
    None
}

/// Join the job: under `mpirun` or `srun` (and built with the `mpi` feature) initialise MPI
/// and learn this process's rank; otherwise one rank (a build with `mpi` started without a
/// launcher says so in [`note`]). Call it once, before [`world`] is first used; a later call
/// returns the same world.
pub fn init() -> Result<&'static World> {
    if let Some(w) = WORLD.get() {
        return Ok(w);
    }
    let launched = launcher();
    #[cfg(feature = "mpi")]
    {
        if launched.is_some() {
            let w = mpi_world::join()?;
            let w = WORLD.get_or_init(|| w);
            if w.size > 1 {
                install_abort_on_panic();
            }
            return Ok(w);
        }
        let _ = NOTE
            .set("built with MPI but not started by mpirun or srun: training as one rank".into());
        Ok(world())
    }
    #[cfg(not(feature = "mpi"))]
    {
        if let Some(var) = launched {
            // PMIx says no size; under srun the step's task count does
            let many = ["OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "SLURM_STEP_NUM_TASKS"]
                .iter()
                .any(|v| std::env::var(v).is_ok_and(|n| n != "1"));
            if many {
                return Err(Error::config(
                    "starting under an MPI launcher",
                    format!(
                        "this wgtrain was built without the `mpi` feature ({var} is set), so \
                         every rank would train alone and write the same files; rebuild with \
                         `cargo build --release --features mpi`, or run one process"
                    ),
                ));
            }
        }
        Ok(world())
    }
}

/// Leave the job (MPI_Finalize) after the last collective; nothing without MPI.
pub fn finalize() {
    #[cfg(feature = "mpi")]
    if let Some(m) = WORLD.get().and_then(|w| w.mpi.as_ref()) {
        m.lock().unwrap_or_else(|e| e.into_inner()).finalize();
    }
}

/// End every rank of the job now, after saying `message` (MPI_Abort): what a rank does with an
/// error or a panic, so that no other rank waits for it in a collective forever. With one rank
/// it only exits.
pub fn abort(message: &str, code: i32) -> ! {
    let w = world();
    eprintln!("{message}");
    // A panic inside a collective leaves the lock held by this very thread: then exit
    // instead, which mpirun also answers by ending the job (a non-zero exit status).
    #[cfg(feature = "mpi")]
    if let Some(m) = w.mpi.as_ref() {
        match m.try_lock() {
            Ok(comm) => comm.abort(code),
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner().abort(code),
            Err(std::sync::TryLockError::WouldBlock) => {}
        }
    }
    let _ = w;
    std::process::exit(code)
}

#[cfg(feature = "mpi")]
fn install_abort_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        let w = world();
        abort(
            &format!(
                "rank {} of {}: panicked; ending the job (MPI_Abort)",
                w.rank, w.size
            ),
            101,
        );
    }));
}

impl World {
    fn single() -> World {
        World {
            rank: 0,
            size: 1,
            local_rank: 0,
            stats: Mutex::new(CommStats::default()),
            #[cfg(feature = "mpi")]
            mpi: None,
        }
    }

    /// This process's rank, 0..size.
    pub fn rank(&self) -> usize {
        self.rank
    }

    /// Ranks in the job.
    pub fn size(&self) -> usize {
        self.size
    }

    /// This process's rank among those on its node (which GPU of the node it takes).
    pub fn local_rank(&self) -> usize {
        self.local_rank
    }

    /// Rank 0: the one that writes checkpoints, logs, pictures and the progress bar.
    pub fn is_root(&self) -> bool {
        self.rank == 0
    }

    /// This rank's part of a global batch of `n` items.
    pub fn share(&self, n: usize) -> Share {
        Share::of(n, self.rank, self.size)
    }

    /// The collectives' time and bytes since the last call, then zero.
    pub fn take_stats(&self) -> CommStats {
        std::mem::take(&mut *self.stats.lock().unwrap_or_else(|e| e.into_inner()))
    }

    #[cfg_attr(not(feature = "mpi"), allow(dead_code))]
    fn count(&self, t0: Instant, bytes: usize) {
        let mut s = self.stats.lock().unwrap_or_else(|e| e.into_inner());
        s.seconds += t0.elapsed().as_secs_f64();
        s.bytes_sent += (bytes * (self.size - 1)) as u64;
        s.calls += 1;
    }

    /// Every rank's `local` (all of one length), in rank order.
    fn gather<T: Gatherable>(&self, local: &[T]) -> Result<Vec<T>> {
        if self.size == 1 {
            return Ok(local.to_vec());
        }
        #[cfg(feature = "mpi")]
        if let Some(m) = &self.mpi {
            let t0 = Instant::now();
            let all = m
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .all_gather(local);
            self.count(t0, std::mem::size_of_val(local));
            return Ok(all);
        }
        unreachable!("a world of several ranks has MPI")
    }

    /// Sum `data` elementwise over the ranks, in rank order, the same on every rank.
    pub fn sum_f32(&self, data: &mut [f32]) -> Result<()> {
        self.sum_in_place(data)
    }

    /// [`World::sum_f32`] for f64 values (reported losses).
    pub fn sum_f64(&self, data: &mut [f64]) -> Result<()> {
        self.sum_in_place(data)
    }

    fn sum_in_place<T: Gatherable + std::ops::AddAssign>(&self, data: &mut [T]) -> Result<()> {
        if self.size == 1 {
            return Ok(());
        }
        let all = self.gather(data)?;
        sum_in_rank_order(&all, data);
        Ok(())
    }

    /// Rank 0's `value`, on every rank (a seed drawn from the clock, which differs by rank).
    pub fn root_value(&self, value: u64) -> Result<u64> {
        if self.size == 1 {
            return Ok(value);
        }
        Ok(self.gather(&[value])?[0])
    }

    /// Whether `flag` holds on any rank (a stop request seen by one rank stops all at the same
    /// batch).
    pub fn any(&self, flag: bool) -> Result<bool> {
        if self.size == 1 {
            return Ok(flag);
        }
        Ok(self.gather(&[u64::from(flag)])?.iter().any(|&f| f != 0))
    }

    /// Sum F32 device tensors over the ranks in place (the gradients after backward): staged
    /// through one host buffer, summed in rank order, written back. Tensors that share storage
    /// are read before any is written and get the same sum, so aliasing is harmless.
    pub fn sum_tensors(&self, tensors: &[&Tensor]) -> Result<()> {
        if self.size == 1 || tensors.is_empty() {
            return Ok(());
        }
        let gpu = tensors[0].gpu();
        // the work that made the tensors first, so the time below is the sum's alone
        gpu.sync()?;
        let t0 = Instant::now();
        let total: usize = tensors.iter().map(|t| t.numel()).sum();
        let flat = gpu.empty(&[total], DType::F32, "gradient sum")?;
        let mut at = 0;
        for t in tensors {
            t.expect_dtype(DType::F32, "gradient sum across ranks")?;
            gpu.copy_region(t, 0, &flat, at, t.numel())?;
            at += t.numel();
        }
        let mut host = flat.to_f32()?;
        let staged = t0.elapsed().as_secs_f64();
        self.sum_f32(&mut host)?;
        let t1 = Instant::now();
        gpu.write(&flat, &host)?;
        let mut at = 0;
        for t in tensors {
            gpu.copy_region(&flat, at, t, 0, t.numel())?;
            at += t.numel();
        }
        gpu.flush()?;
        // the staging counts as communication: it exists only because there are ranks
        self.stats.lock().unwrap_or_else(|e| e.into_inner()).seconds +=
            staged + t1.elapsed().as_secs_f64();
        Ok(())
    }

    /// Check that every rank has the same `what` (its bytes hashed): the first rank that
    /// differs from rank 0 is an error naming it, the same on every rank.
    pub fn agree(&self, what: &str, bytes: &[u8]) -> Result<()> {
        if self.size == 1 {
            return Ok(());
        }
        let all = self.gather(&[fnv1a(bytes)])?;
        if let Some(r) = (1..all.len()).find(|&r| all[r] != all[0]) {
            return Err(Error::config(
                "data-parallel start",
                format!(
                    "rank {r} disagrees with rank 0 on {what}; every rank must run the same \
                     command on the same data"
                ),
            ));
        }
        Ok(())
    }
}

/// out[i] = Σ_r all[r·n + i] for r = 0, 1, …, in that order.
fn sum_in_rank_order<T: Copy + std::ops::AddAssign>(all: &[T], out: &mut [T]) {
    let n = out.len();
    out.copy_from_slice(&all[..n]);
    for part in all[n..].chunks(n.max(1)) {
        for (o, &v) in out.iter_mut().zip(part) {
            *o += v;
        }
    }
}

/// FNV-1a, 64 bits: a hash that is the same in every build (std's may change between Rust
/// versions, and ranks may run different builds of the same version).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Element types the collectives move.
#[cfg(feature = "mpi")]
trait Gatherable: Copy + Default + mpi::traits::Equivalence {}
#[cfg(not(feature = "mpi"))]
trait Gatherable: Copy + Default {}
impl Gatherable for f32 {}
impl Gatherable for f64 {}
impl Gatherable for u64 {}

#[cfg(feature = "mpi")]
mod mpi_world {
    use super::{Gatherable, World};
    use crate::error::{Error, Result};
    use mpi::environment::Universe;
    use mpi::topology::SimpleCommunicator;
    use mpi::traits::*;
    use std::sync::Mutex;

    /// The MPI state: the universe (dropping it finalises) and the world communicator.
    pub(super) struct Comm {
        universe: Option<Universe>,
        world: SimpleCommunicator,
    }

    // SAFETY: MPI is initialised with MPI_THREAD_SERIALIZED and every call goes through the
    // World's mutex, so one thread at a time uses these handles.
    unsafe impl Send for Comm {}

    pub(super) fn join() -> Result<World> {
        let (universe, _level) = mpi::initialize_with_threading(mpi::Threading::Serialized)
            .ok_or_else(|| {
                Error::config(
                    "starting under an MPI launcher",
                    "MPI was already initialised in this process",
                )
            })?;
        let world = universe.world();
        let (rank, size) = (world.rank() as usize, world.size() as usize);
        let local_rank = world.split_shared(world.rank()).rank() as usize;
        Ok(World {
            rank,
            size,
            local_rank,
            stats: Default::default(),
            mpi: Some(Mutex::new(Comm {
                universe: Some(universe),
                world,
            })),
        })
    }

    impl Comm {
        pub(super) fn all_gather<T: Gatherable>(&self, local: &[T]) -> Vec<T> {
            let size = self.world.size() as usize;
            let mut all = vec![T::default(); local.len() * size];
            self.world.all_gather_into(local, &mut all[..]);
            all
        }

        pub(super) fn abort(&self, code: i32) -> ! {
            self.world.abort(code)
        }

        pub(super) fn finalize(&mut self) {
            self.universe.take();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_cover_the_batch_in_order_and_differ_by_at_most_one() {
        for n in [1, 2, 7, 16, 255] {
            for size in 1..=5 {
                let parts: Vec<Share> = (0..size).map(|r| Share::of(n, r, size)).collect();
                let mut next = 0;
                for p in &parts {
                    assert_eq!(p.start, next, "n {n} size {size}");
                    next += p.len;
                }
                assert_eq!(next, n);
                let (lo, hi) = (
                    parts.iter().map(|p| p.len).min().unwrap(),
                    parts.iter().map(|p| p.len).max().unwrap(),
                );
                assert!(hi - lo <= 1);
                let w: f64 = parts.iter().map(|p| p.weight(LossSum::Mean)).sum();
                assert!((w - 1.0).abs() < 1e-12);
            }
        }
        assert_eq!(Share::whole(5).weight(LossSum::Mean), 1.0);
        assert_eq!(Share::of(6, 1, 2).weight(LossSum::Sum), 1.0);
        assert_eq!(Share::of(6, 1, 2).weight(LossSum::Mean), 0.5);
    }

    #[test]
    fn the_rank_order_sum_adds_part_after_part() {
        let all = [1.0f32, 2.0, 10.0, 20.0, 100.0, 200.0];
        let mut out = [0.0; 2];
        sum_in_rank_order(&all, &mut out);
        assert_eq!(out, [111.0, 222.0]);
        // f32 addition is not associative: the order is part of the result
        let all = [1e8f32, -1e8, 1.0];
        let mut out = [0.0; 1];
        sum_in_rank_order(&all, &mut out);
        assert_eq!(out, [1.0]);
    }

    #[test]
    fn one_rank_does_nothing_and_agrees_with_itself() {
        let w = world();
        assert_eq!((w.rank(), w.size(), w.is_root()), (0, 1, true));
        let mut v = [1.0f32, 2.0];
        w.sum_f32(&mut v).unwrap();
        assert_eq!(v, [1.0, 2.0]);
        w.agree("anything", b"x").unwrap();
        assert!(w.any(true).unwrap() && !w.any(false).unwrap());
        assert_ne!(fnv1a(b"config a"), fnv1a(b"config b"));
    }
}
