import { TEST_ENV } from '../global-setup.js';

Object.assign(process.env, TEST_ENV);
