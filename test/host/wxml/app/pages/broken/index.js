Page({ data: { ok: 1 } })
