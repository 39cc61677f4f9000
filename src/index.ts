import * as core from '@actions/core';
import { main } from './main.js';

void main({ core });
