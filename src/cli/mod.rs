//! Subcommands. Every command takes `--backend` and `--adapter` (or wgpu's `WGPU_BACKEND` and
//! `WGPU_ADAPTER_NAME`); with neither, the highest-performance adapter is used.

mod bench;
mod check;
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
use wgtrain::Gpu;

#[derive(Parser)]
#[command(
    name = "wgtrain",
    version,
    about = "Train and check deep-learning models on any GPU through wgpu compute shaders"
)]
struct Cli {
    #[command(flatten)]
    device: DeviceArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Args, Clone, Debug)]
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
    Devices,
    /// Run every kernel against its CPU reference on this adapter; exit 1 on any failure.
    Check(check::CheckArgs),
    /// Measure kernel and training-step throughput (median ms, GFLOP/s or GB/s, cold start).
    Bench(bench::BenchArgs),
    /// Kernel check, then the Pokemon VAE trained on the built-in emoji (the default command).
    Demo(demo::DemoArgs),
    /// The EMA VQ-VAE of the CFTN project (seed 001).
    #[command(subcommand)]
    Vqvae(vqvae::VqVaeCommand),
    /// The LSTM prior over VQ-VAE codes and image generation (seed 000).
    #[command(name = "lstm-prior", subcommand)]
    LstmPrior(lstm_prior::LstmPriorCommand),
    /// The VAE-GAN with a GRU weight predictor and a WGAN-GP critic (seed 002).
    #[command(subcommand)]
    Vaegan(vaegan::VaeGanCommand),
    /// Text → scene → text: transformer LM, scene decoder and CNN-LSTM captioner (seed 003).
    #[command(subcommand)]
    Scene(scene::SceneCommand),
    /// Prepare image folders (e.g. crop and centre sprites).
    #[command(subcommand)]
    Data(data::DataCommand),
    /// The MLP VAE of the Pokemon sprite project (seed 004).
    #[command(name = "pokemon-vae", subcommand)]
    PokemonVae(pokemon_vae::PokemonVaeCommand),
}

pub fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli
        .command
        .unwrap_or(Command::Demo(demo::DemoArgs::default()))
    {
        Command::Devices => devices::run(&cli.device),
        Command::Check(a) => check::run(&cli.device, &a),
        Command::Bench(a) => bench::run(&cli.device, &a),
        Command::Demo(a) => demo::run(&cli.device, &a),
        Command::PokemonVae(c) => pokemon_vae::run(&cli.device, &c),
        Command::Data(c) => data::run(&c),
        Command::Vqvae(c) => vqvae::run(&cli.device, &c),
        Command::LstmPrior(c) => lstm_prior::run(&cli.device, &c),
        Command::Vaegan(c) => vaegan::run(&cli.device, &c),
        Command::Scene(c) => scene::run(&cli.device, &c),
    }
}
