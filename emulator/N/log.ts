// Placeholder module so the jest mapping has a target until the emulator's N/log lands.
export {};
