export * from './app';
export * from './clipboard';
export * from './download';
export * from './fields';
export * from './keyboard';
export * from './preview';
export * from './helm-command';
export * from './lists';
