#!/usr/bin/env python3
"""Make the PyTorch parity fixture for VQVAEv2 + VectorQuantizerEMA (seed 001).

The architecture is rebuilt here as the original builds it, at a tiny size (16x16 images,
8 hidden channels, a 32-code codebook of dim 8). Writes:
  tests/fixtures/vqvae_weights.safetensors    state_dict, seed key names
  tests/fixtures/vqvae_expected.safetensors   inputs and outputs: eval forward (z, indices,
                                              recon, vq loss) and one training forward's EMA
                                              buffers and perplexity
Run from the repository root: python3 tools/vqvae_fixture.py (needs torch, safetensors).
"""
import torch
from torch import nn
import torch.nn.functional as F
from safetensors.torch import save_file

CFG = dict(image=16, hid=8, res_layers=2, res_hid=4, K=32, D=8, beta=0.25, decay=0.99, eps=1e-5)


class Block(nn.Module):
    def __init__(self, c, h):
        super().__init__()
        self.block = nn.Sequential(nn.ReLU(inplace=True), nn.Conv2d(c, h, 3, 1, 1, bias=False),
                                   nn.ReLU(inplace=True), nn.Conv2d(h, c, 1, bias=False))

    def forward(self, x):
        # the in-place ReLU rectifies x itself, so the skip carries relu(x)
        return x + self.block(x)


class Stack(nn.Module):
    def __init__(self, c, h, n):
        super().__init__()
        self.layers = nn.ModuleList([Block(c, h) for _ in range(n)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return F.relu(x)


class Enc(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layers = nn.ModuleList([nn.Conv2d(3, c['hid'] // 2, 4, 2, 1), nn.ReLU(inplace=True),
                                     nn.Conv2d(c['hid'] // 2, c['hid'], 4, 2, 1), nn.ReLU(inplace=True),
                                     nn.Conv2d(c['hid'], c['D'], 3, 1, 1), Stack(c['D'], c['res_hid'], c['res_layers'])])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class Dec(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layers = nn.ModuleList([nn.Conv2d(c['D'], c['hid'], 3, 1, 1), Stack(c['hid'], c['res_hid'], c['res_layers']),
                                     nn.ConvTranspose2d(c['hid'], c['hid'] // 2, 4, 2, 1), nn.ReLU(inplace=True),
                                     nn.ConvTranspose2d(c['hid'] // 2, 3, 4, 2, 1), nn.Tanh()])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class VQ(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.K, self.D, self.beta, self.decay, self.eps = c['K'], c['D'], c['beta'], c['decay'], c['eps']
        self.embedding = nn.Embedding(self.K, self.D)
        self.embedding.weight.data.normal_()
        self.register_buffer("ema_cluster_size", torch.zeros(self.K))
        self.register_buffer("ema_w", self.embedding.weight.data.clone())

    def forward(self, z):
        x = z.permute(0, 2, 3, 1).contiguous()
        flat = x.view(-1, self.D)
        d = (flat ** 2).sum(1, keepdim=True) + (self.embedding.weight ** 2).sum(1) - 2 * flat @ self.embedding.weight.t()
        idx = d.argmin(1)
        onehot = F.one_hot(idx, self.K).float()
        q = (onehot @ self.embedding.weight).view(x.shape)
        if self.training:
            with torch.no_grad():
                self.ema_cluster_size.mul_(self.decay).add_(onehot.sum(0), alpha=1 - self.decay)
                n = self.ema_cluster_size.sum()
                self.ema_cluster_size.copy_((self.ema_cluster_size + self.eps) / (n + self.K * self.eps) * n)
                self.ema_w.mul_(self.decay).add_(onehot.t() @ flat, alpha=1 - self.decay)
                self.embedding.weight.data.copy_(self.ema_w / self.ema_cluster_size.unsqueeze(1))
        loss = self.beta * F.mse_loss(q.detach(), x)
        q = x + (q - x).detach()
        p = onehot.mean(0)
        ppl = torch.exp(-torch.sum(p * torch.log(p + 1e-10)))
        return q.permute(0, 3, 1, 2).contiguous(), loss, ppl, idx.view(z.shape[0], z.shape[2], z.shape[3])


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.encoder, self.vq, self.decoder = Enc(c), VQ(c), Dec(c)

    def forward(self, x):
        z = self.encoder(x)
        q, loss, ppl, idx = self.vq(z)
        return self.decoder(q), loss, ppl, idx, z


def main():
    torch.manual_seed(7)
    m = Model(CFG)
    x = torch.rand(2, 3, CFG['image'], CFG['image']) * 2 - 1
    sd = {k: v.detach().clone().contiguous() for k, v in m.state_dict().items()}
    m.eval()
    with torch.no_grad():
        recon, loss, _, idx, z = m(x)
    m.train()
    with torch.no_grad():
        _, _, ppl, _, _ = m(x)
    out = {"x": x, "z": z.contiguous(), "indices": idx.float(), "recon": recon.contiguous(), "vq_loss": loss.reshape(1),
           "train_perplexity": ppl.reshape(1), "train_ema_cluster_size": m.vq.ema_cluster_size.clone(),
           "train_ema_w": m.vq.ema_w.clone(), "train_codebook": m.vq.embedding.weight.detach().clone()}
    save_file(sd, "tests/fixtures/vqvae_weights.safetensors")
    save_file(out, "tests/fixtures/vqvae_expected.safetensors", metadata={"torch": torch.__version__})
    print("wrote tests/fixtures/vqvae_{weights,expected}.safetensors;", len(sd), "tensors")


if __name__ == "__main__":
    main()
