#!/usr/bin/env python3
"""Make the PyTorch parity fixture for the Pokemon VAE (seed 004).

Builds the seed's architecture in PyTorch (small hidden size so the fixture stays tiny),
initialises it from a fixed seed, runs it on fixed inputs with fixed noise, and writes:
  tests/fixtures/pokemon_vae_weights.safetensors   the state_dict (encoder.{1,3,5,7,9}, decoder.{0,2,4,6})
  tests/fixtures/pokemon_vae_expected.safetensors  inputs, noise and PyTorch's outputs

Run from the repository root:  python3 tools/pokemon_vae_fixture.py
Needs: torch, safetensors (pip install torch safetensors).
"""
import torch
from torch import nn
from safetensors.torch import save_file

HIDDEN, LATENT, SIDE = 32, 16, 40
D = 3 * SIDE * SIDE


def build():
    # Same module indices as the seed: Flatten at encoder.0, ReLUs between the Linears.
    enc = nn.Sequential(nn.Flatten(), nn.Linear(D, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN), nn.ReLU(),
                        nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN), nn.ReLU(),
                        nn.Linear(HIDDEN, 2 * LATENT))
    dec = nn.Sequential(nn.Linear(LATENT, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN), nn.ReLU(),
                        nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, D))
    return nn.ModuleDict({"encoder": enc, "decoder": dec})


def main():
    torch.manual_seed(1234)
    model = build()
    x = torch.rand(5, 3, SIDE, SIDE)
    eps = torch.randn(5, LATENT)
    z_given = torch.randn(3, LATENT)
    with torch.no_grad():
        stats = model["encoder"](x)
        mu, log_var = stats[:, :LATENT], stats[:, LATENT:]
        z = mu + eps * torch.exp(0.5 * log_var)
        recon = torch.sigmoid(model["decoder"](z)).view(x.shape)
        decoded = torch.sigmoid(model["decoder"](z_given)).view(3, 3, SIDE, SIDE)
        rec_sum = ((recon - x) ** 2).sum()
        kl = -0.5 * torch.sum(1 + log_var - mu ** 2 - log_var.exp()) / 16
        loss = 10 * rec_sum + kl
    weights = {k: v.contiguous() for k, v in model.state_dict().items()}
    save_file(weights, "tests/fixtures/pokemon_vae_weights.safetensors")
    save_file({"x": x, "eps": eps, "z_given": z_given, "mu": mu.contiguous(), "log_var": log_var.contiguous(),
               "recon": recon.contiguous(), "decoded": decoded.contiguous(), "loss": loss.reshape(1),
               "kl": kl.reshape(1)}, "tests/fixtures/pokemon_vae_expected.safetensors",
              metadata={"torch": torch.__version__, "hidden": str(HIDDEN), "latent": str(LATENT)})
    print("wrote tests/fixtures/pokemon_vae_{weights,expected}.safetensors with torch", torch.__version__)


if __name__ == "__main__":
    main()
