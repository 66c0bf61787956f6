import base from './playwright.config';
const PORT = 4191;
export default {
  ...base,
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: { ...base.webServer, command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
};
