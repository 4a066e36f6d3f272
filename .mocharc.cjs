module.exports = {
  spec: ['dist/test/**/*.test.js'],
  timeout: 60000,
  exit: false,
  'enable-source-maps': true,
};
