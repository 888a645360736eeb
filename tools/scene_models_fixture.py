#!/usr/bin/env python3
"""Make the PyTorch parity fixtures for seed 003's SceneDecoder and CaptionNetwork, written
from the original's layer layout at a small size: embedding 16, hidden 16, z 8, vocabulary 11,
with the seed's module names. Dropout is 0 so that training mode
(BatchNorm on batch statistics, running statistics updated) is deterministic.

Writes tests/fixtures/scene_{plain,vae,caption}_{weights,expected}.safetensors: the
state_dict before the forward (rounded to bfloat16 values and stored as bf16, to keep the
files small), and the inputs, outputs, running statistics after one training forward, and
gradients of a fixed loss (a subset for the captioner).

Run from the repository root:  python3 tools/scene_models_fixture.py
Needs: torch, safetensors.
"""
import torch
from torch import nn
from safetensors.torch import save_file

E, H, Z, V, B, T = 16, 16, 8, 11, 3, 6


class SceneDecoder(nn.Module):
    def __init__(self, use_vae):
        super().__init__()
        self.use_vae = use_vae
        if use_vae:
            self.fc_mu = nn.Linear(E, Z)
            self.fc_logvar = nn.Linear(E, Z)
            self.bottleneck_projection = nn.Linear(Z, H * 16)
        else:
            self.bottleneck = nn.Sequential(
                nn.Linear(E, Z), nn.BatchNorm1d(Z), nn.ReLU(), nn.Dropout(0.0), nn.Linear(Z, H * 16))
        chans = [H, H, H // 2, H // 4, H // 8]
        layers = [nn.BatchNorm2d(H)]
        for i in range(4):
            layers += [nn.ConvTranspose2d(chans[i], chans[i + 1], 4, 2, 1), nn.BatchNorm2d(chans[i + 1]), nn.ReLU()]
        layers += [nn.Conv2d(H // 8, 3, 3, padding=1), nn.Sigmoid()]
        self.decoder = nn.Sequential(*layers)
        self.spatial_prior = nn.Sequential(
            nn.Conv2d(3, 16, 5, padding=2), nn.ReLU(), nn.Conv2d(16, 8, 3, padding=1), nn.ReLU(),
            nn.Conv2d(8, 3, 3, padding=1))

    def forward(self, emb, eps):
        if self.use_vae:
            mu, lv = self.fc_mu(emb), self.fc_logvar(emb)
            feats = self.bottleneck_projection(mu + eps * torch.exp(0.5 * lv))
        else:
            feats = self.bottleneck(emb)
        raw = self.decoder(feats.view(emb.shape[0], H, 4, 4))
        return torch.clamp(raw + 0.1 * self.spatial_prior(raw), 0.0, 1.0), raw


class CaptionNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        chans = [3, 32, 64, 128, 256]
        layers = []
        for i in range(4):
            layers += [nn.Conv2d(chans[i], chans[i + 1], 3, 2, 1), nn.BatchNorm2d(chans[i + 1]), nn.ReLU()]
        layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten()]
        self.visual_encoder = nn.Sequential(*layers)
        self.visual_projection = nn.Sequential(nn.Linear(256, H), nn.ReLU(), nn.Dropout(0.0), nn.Linear(H, E))
        self.token_embedding = nn.Embedding(V, E)
        self.lstm = nn.LSTM(E, H, 2, batch_first=True, dropout=0.0)
        self.output_projection = nn.Linear(H, V)
        self.embedding_extractor = nn.Sequential(nn.Linear(H, E), nn.LayerNorm(E), nn.ReLU(), nn.Linear(E, E))

    def forward(self, scene, captions):
        vis = self.visual_projection(self.visual_encoder(scene)).unsqueeze(1)
        x = torch.cat([vis, self.token_embedding(captions[:, :-1])], dim=1)
        out, (h, _) = self.lstm(x)
        return self.output_projection(out), self.embedding_extractor(h[-1])


def perturb_norms(m):
    """Move BatchNorm's affine parameters and running statistics off 1/0 so that a swapped
    mean/variance or weight/bias would show."""
    for mod in m.modules():
        if isinstance(mod, (nn.BatchNorm1d, nn.BatchNorm2d)):
            mod.weight.data.uniform_(0.5, 1.5)
            mod.bias.data.uniform_(-0.2, 0.2)
            mod.running_mean.uniform_(-0.1, 0.1)
            mod.running_var.uniform_(0.8, 1.2)


def to_bf16_grid(m):
    """Round every float tensor of the state to bfloat16 values, so the weights file can be
    stored as bf16 (half the bytes) and the f32 model computes with exactly those values."""
    with torch.no_grad():
        for v in m.state_dict().values():
            if v.is_floating_point():
                v.copy_(v.bfloat16().float())


def bf16(x):
    return x.bfloat16().float()


def state(m):
    return {k: (v.bfloat16() if v.is_floating_point() else v).detach().clone().contiguous()
            for k, v in m.state_dict().items()}


def running(m):
    return {"after." + k: v.detach().clone().contiguous()
            for k, v in m.state_dict().items() if "running" in k}


def grads(m, keep=None):
    return {"grad." + k: p.grad.detach().contiguous() for k, p in m.named_parameters()
            if p.grad is not None and (keep is None or k in keep)}


def main():
    torch.manual_seed(2003)
    for use_vae, name in [(False, "plain"), (True, "vae")]:
        dec = SceneDecoder(use_vae)
        perturb_norms(dec)
        to_bf16_grid(dec)
        before = state(dec)
        dec.train()
        emb = torch.randn(B, E)
        eps = torch.randn(B, Z)
        weight = bf16(torch.randn(B, 3, 64, 64))
        scene, raw = dec(emb, eps)
        (scene * weight).sum().backward()
        save_file(before, f"tests/fixtures/scene_{name}_weights.safetensors")
        save_file({"emb": emb, "eps": eps, "weight": weight.bfloat16(), "scene": scene.detach(),
                   **running(dec), **grads(dec)}, f"tests/fixtures/scene_{name}_expected.safetensors")
    cap = CaptionNetwork()
    perturb_norms(cap)
    to_bf16_grid(cap)
    before = state(cap)
    cap.train()
    scene = bf16(torch.rand(B, 3, 64, 64))
    captions = torch.randint(0, V, (B, T))
    targets = torch.randint(0, V, (B, T))
    weight = torch.randn(B, E)
    logits, emb = cap(scene, captions)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), targets.reshape(-1)) + (emb * weight).sum()
    loss.backward()
    save_file(before, "tests/fixtures/scene_caption_weights.safetensors")
    keep = {"visual_encoder.0.weight", "visual_encoder.1.weight", "visual_encoder.10.bias",
            "visual_projection.0.weight", "visual_projection.3.weight", "token_embedding.weight",
            "lstm.weight_ih_l0", "lstm.weight_hh_l1", "lstm.bias_ih_l1", "output_projection.weight",
            "embedding_extractor.0.weight", "embedding_extractor.1.weight", "embedding_extractor.3.bias"}
    save_file({"scene": scene.bfloat16(), "captions": captions.to(torch.int32), "targets": targets.to(torch.int32),
               "weight": weight, "logits": logits.detach(), "embedding": emb.detach(), "loss": loss.detach().reshape(1),
               **running(cap), **grads(cap, keep)}, "tests/fixtures/scene_caption_expected.safetensors")


if __name__ == "__main__":
    main()
