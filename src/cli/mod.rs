//! Subcommands. Every command that opens a GPU takes `--backend`, `--adapter` and
//! `--deterministic` (or wgpu's `WGPU_BACKEND` and `WGPU_ADAPTER_NAME`), after its name or
//! before it (`wgtrain --backend gl check`); with neither, the highest-performance adapter is
//! used. `data` runs on the CPU and takes none of them.

mod bench;
mod check;
mod config;
mod data;
mod demo;
mod devices;
mod lstm_prior;
mod pokemon_vae;
mod scene;
mod vaegan;
mod vqvae;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use wgtrain::gpu::AdapterChoice;
use wgtrain::train::disk::ResumeFrom;
use wgtrain::Gpu;

#[derive(Parser)]
#[command(
    name = "wgtrain",
    version,
    about = "Train and check deep-learning models on any GPU through wgpu compute shaders"
)]
struct Cli {
    #[command(flatten)]
    device: LeadingDeviceArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The device flags given before the command's name (`wgtrain --backend gl check`): the same
/// as after it, where the command's own win.
#[derive(Args, Clone, Debug, Default)]
struct LeadingDeviceArgs {
    /// Graphics API (also accepted after the command's name).
    #[arg(long)]
    backend: Option<String>,
    /// Adapter index or name (also accepted after the command's name).
    #[arg(long)]
    adapter: Option<String>,
    /// Pin every kernel choice (also accepted after the command's name).
    #[arg(long)]
    deterministic: bool,
}

impl LeadingDeviceArgs {
    fn given(&self) -> bool {
        self.backend.is_some() || self.adapter.is_some() || self.deterministic
    }
    /// `after` with whatever it leaves unset taken from here.
    fn under(&self, after: &DeviceArgs) -> DeviceArgs {
        DeviceArgs {
            backend: after.backend.clone().or_else(|| self.backend.clone()),
            adapter: after.adapter.clone().or_else(|| self.adapter.clone()),
            deterministic: after.deterministic || self.deterministic,
        }
    }
}

/// A command that opens a GPU: its device flags and its own.
#[derive(Args, Debug)]
struct OnDevice<A: Args> {
    #[command(flatten)]
    device: DeviceArgs,
    #[command(flatten)]
    args: A,
}

/// A group of commands that open a GPU (`vqvae train`, `vqvae encode`, ...): the device flags
/// are accepted after the group's name or the command's.
#[derive(Args, Debug)]
struct OnDeviceGroup<C: Subcommand> {
    #[command(flatten)]
    device: DeviceArgs,
    #[command(subcommand)]
    command: C,
}

/// The chosen trainer's settings as TOML, where it takes `--config FILE` of flags.
static SETTINGS: std::sync::OnceLock<String> = std::sync::OnceLock::new();

pub fn settings() -> Option<String> {
    SETTINGS.get().cloned()
}

/// `--config FILE` of the trainers whose settings are flags.
#[derive(Args, Clone, Debug, Default)]
pub struct SettingsFile {
    /// Settings from a TOML file, one `flag-name = value` a line (e.g. the
    /// <trainer>-config.toml a run writes into its folder); flags on the command line
    /// override it.
    #[arg(long = "config", id = config::CONFIG_ID, value_name = "FILE")]
    #[allow(dead_code)] // read from the matches by config::merge
    config: Option<std::path::PathBuf>,
}

/// `--resume`'s value as the single-file trainers take it: None for `latest` (their own
/// checkpoint), the file otherwise.
pub fn resume_path(resume: &Option<String>) -> Option<std::path::PathBuf> {
    match resume.as_deref().map(ResumeFrom::parse) {
        Some(ResumeFrom::Path(p)) => Some(p),
        _ => None,
    }
}

/// What a trainer keeps on disk; the same two flags on every trainer.
#[derive(Args, Clone, Debug, Default)]
#[command(next_help_heading = "Checkpoints on disk")]
pub struct DiskArgs {
    /// Keep only the newest N numbered checkpoints, removing older ones as new ones are
    /// written (0: keep all). Trainers that overwrite one checkpoint file keep one anyway.
    #[arg(
        long = "keep-last",
        alias = "keep_last",
        value_name = "N",
        default_value_t = 0
    )]
    pub keep_last: usize,
    /// Write the final checkpoint with the weights only, without the optimizer's state (about
    /// a third of the size): enough to sample, reconstruct or fine-tune from, not to resume.
    #[arg(long = "weights-only", alias = "weights_only")]
    pub weights_only: bool,
}

/// Mixed precision; the same flag on every trainer.
#[derive(Args, Clone, Debug, Default)]
#[command(next_help_heading = "Precision")]
pub struct PrecisionArgs {
    /// Mixed precision, as PyTorch's autocast + GradScaler: matrix products and convolutions
    /// read f16 operands (their sums and results stay f32, as do the weights, Adam and every
    /// other op); the loss is scaled dynamically (from 2^16, halved on an overflow, doubled
    /// after 2000 good steps) and a step whose gradients overflow is skipped, said in the log.
    /// Needs an adapter with shader-f16 (`wgtrain devices` says f16 true); refused elsewhere.
    #[arg(long, alias = "use-amp", alias = "use_amp")]
    pub amp: bool,
}

#[derive(Args, Clone, Debug, Default)]
#[command(next_help_heading = "Device")]
pub struct DeviceArgs {
    /// Graphics API to use: vulkan, metal, dx12 or gl (default: from WGPU_BACKEND, else any).
    #[arg(long, global = true)]
    backend: Option<String>,
    /// Adapter to use: an index from `wgtrain devices` or part of its name (default: from
    /// WGPU_ADAPTER_NAME, else the highest-performance adapter).
    #[arg(long, global = true)]
    adapter: Option<String>,
    /// Pin every kernel choice to the adapter class's default (no autotune timing, no cached
    /// picks), so two machines of the same kind run the same kernels. Same as
    /// WGTRAIN_AUTOTUNE=off.
    #[arg(long, global = true)]
    deterministic: bool,
}

impl DeviceArgs {
    fn choice(&self) -> AdapterChoice {
        AdapterChoice {
            backend: self.backend.clone(),
            adapter: self.adapter.clone(),
        }
        .with_env()
    }
    pub fn open(&self) -> anyhow::Result<Gpu> {
        let gpu = Gpu::new(&self.choice()).context("opening the GPU")?;
        if self.deterministic {
            gpu.set_autotune(wgtrain::gpu::Autotune::Off, None);
        }
        Ok(gpu)
    }
}

#[derive(Subcommand)]
enum Command {
    /// List adapters with their backend, driver, limits and features.
    Devices(OnDevice<NoArgs>),
    /// Run every kernel against its CPU reference on this adapter; exit 1 on any failure.
    Check(OnDevice<check::CheckArgs>),
    /// Measure kernel and training-step throughput (median ms, GFLOP/s or GB/s, cold start;
    /// host CPU ms, kernel launches and syncs per iteration).
    Bench(OnDevice<bench::BenchArgs>),
    /// Kernel check, then the Pokemon VAE trained on the built-in emoji (the default command).
    Demo(OnDevice<demo::DemoArgs>),
    /// VQ-VAE with an EMA codebook, from the CFTN project (GeekDad2016/CFTN): images to
    /// discrete code maps and back.
    Vqvae(OnDeviceGroup<vqvae::VqVaeCommand>),
    /// LSTM prior over VQ-VAE code maps, from CFTN: new images generated code by code.
    #[command(name = "lstm-prior")]
    LstmPrior(OnDeviceGroup<lstm_prior::LstmPriorCommand>),
    /// VAE-GAN with a GRU weight predictor and a WGAN-GP critic, from ArminAzarian's
    /// RNN-with-Dynamic-Weight-Adaptation-Using-Generated-Video.
    Vaegan(OnDeviceGroup<vaegan::VaeGanCommand>),
    /// Text → scene → text, from jtooates/visual-scene-generation: a transformer LM, a scene
    /// decoder and a CNN-LSTM captioner.
    Scene(OnDeviceGroup<scene::SceneCommand>),
    /// Prepare image folders (e.g. crop and centre sprites); runs on the CPU.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// MLP VAE of 40x40 sprites, from Gbone3176/VAE_Pokemon.
    #[command(name = "pokemon-vae")]
    PokemonVae(OnDeviceGroup<pokemon_vae::PokemonVaeCommand>),
}

#[derive(Args, Debug, Default)]
struct NoArgs {}

pub fn main() -> anyhow::Result<()> {
    use clap::{CommandFactory, FromArgMatches};
    let cmd = Cli::command();
    let argv = config::merge(&cmd, std::env::args_os().collect())?;
    let matches = cmd
        .clone()
        .try_get_matches_from(&argv)
        .unwrap_or_else(|e| e.exit());
    if let Some(s) = config::settings_toml(&cmd, &matches) {
        let _ = SETTINGS.set(s);
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // one rank, or this process's rank of an `mpirun`/`srun` job (see README)
    wgtrain::dist::init()?;
    let lead = &cli.device;
    let command = cli.command.unwrap_or(Command::Demo(OnDevice {
        device: DeviceArgs::default(),
        args: demo::DemoArgs::default(),
    }));
    match command {
        Command::Devices(a) => devices::run(&lead.under(&a.device)),
        Command::Check(a) => check::run(&lead.under(&a.device), &a.args),
        Command::Bench(a) => bench::run(&lead.under(&a.device), &a.args),
        Command::Demo(a) => demo::run(&lead.under(&a.device), &a.args),
        Command::PokemonVae(c) => pokemon_vae::run(&lead.under(&c.device), &c.command),
        Command::Data(c) => {
            if lead.given() {
                anyhow::bail!(
                    "`data` commands run on the CPU: --backend, --adapter and --deterministic \
                     do nothing there; leave them out"
                );
            }
            data::run(&c)
        }
        Command::Vqvae(c) => vqvae::run(&lead.under(&c.device), &c.command),
        Command::LstmPrior(c) => lstm_prior::run(&lead.under(&c.device), &c.command),
        Command::Vaegan(c) => vaegan::run(&lead.under(&c.device), &c.command),
        Command::Scene(c) => scene::run(&lead.under(&c.device), &c.command),
    }
}

/// A line of a run's log on stderr; in a data-parallel run, rank 0's alone (every rank logs
/// the same run).
pub fn say(m: String) {
    if wgtrain::dist::world().is_root() {
        eprintln!("{m}");
    }
}

/// A command's arguments parsed alone, as the command line would give them (tests of how
/// flags become settings).
#[cfg(test)]
pub fn parse_args<A: Args + clap::FromArgMatches>(args: &[&str]) -> A {
    #[derive(Parser)]
    struct Alone<A: Args> {
        #[command(flatten)]
        args: A,
    }
    let argv = std::iter::once("wgtrain").chain(args.iter().copied());
    Alone::<A>::parse_from(argv).args
}
