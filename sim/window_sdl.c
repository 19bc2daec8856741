// sim/window_sdl.c: loading libSDL2 with dlopen for the board window (see
// window_sdl.h for why it is not linked). Layer: the board's view (sim/).
// SPDX-License-Identifier: MIT

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>

#include "window_sdl.h"

sim_sdl_t sim_sdl;

static struct {
    bool tried;
    void *lib;
    char why[200];
} loaded;

// Binds "SDL_<name>" into [slot]; false when the library lacks it.
static bool bind(void *slot, const char *name) {
    char full[64];
    snprintf(full, sizeof full, "SDL_%s", name);
    void *f = dlsym(loaded.lib, full);
    *(void **)slot = f;
    if (!f) snprintf(loaded.why, sizeof loaded.why, "libSDL2 lacks %s", full);
    return f != NULL;
}

#define BIND(name) bind(&sim_sdl.name, #name)

static bool bind_all(void) {
    return BIND(SetHint) && BIND(Init) && BIND(Quit) && BIND(GetError) &&
           BIND(GetCurrentVideoDriver) && BIND(CreateWindow) &&
           BIND(DestroyWindow) && BIND(SetWindowMinimumSize) && BIND(GetWindowDisplayIndex) &&
           BIND(GetCurrentDisplayMode) && BIND(GetDesktopDisplayMode) && BIND(CreateRenderer) &&
           BIND(DestroyRenderer) && BIND(RenderSetLogicalSize) && BIND(SetRenderDrawColor) &&
           BIND(RenderClear) && BIND(RenderCopy) && BIND(RenderPresent) && BIND(CreateTexture) &&
           BIND(DestroyTexture) && BIND(UpdateTexture) && BIND(PollEvent) && BIND(GetTicks) &&
           BIND(GetKeyName);
}

int sim_sdl_load(char *err, size_t err_len) {
    if (!loaded.tried) {
        loaded.tried = true;
        loaded.lib = dlopen("libSDL2-2.0.so.0", RTLD_NOW | RTLD_LOCAL);
        if (!loaded.lib) snprintf(loaded.why, sizeof loaded.why, "cannot load libSDL2: %s", dlerror());
        else if (!bind_all()) {
            dlclose(loaded.lib);
            loaded.lib = NULL;
        }
    }
    if (loaded.lib) return 0;
    snprintf(err, err_len, "%s", loaded.why);
    return -ENOTSUP;
}
