#!/usr/bin/env node
export const value = "cli";
